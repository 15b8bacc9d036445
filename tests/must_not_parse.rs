//! Text that looks like a claim but is not one: no extractor may fire.

use factdiff::extract::extract;

#[test]
fn designators_models_articles_and_measure_adjectives_are_not_claims() {
    for text in [
        "the 2nd Fleet sailed",
        "an F-35 landed",
        "under Article 9 of the constitution",
        "a 1,900-mile range",
        "Section 230 protects",
        "the COVID-19 pandemic",
        "a Boeing 737 jet",
    ] {
        let e = extract(text, factdiff::extract::base_lexicon());
        assert!(e.dates.is_empty(), "date in {text:?}: {:?}", e.dates);
        assert!(e.money.is_empty(), "money in {text:?}: {:?}", e.money);
        assert!(e.quantities.is_empty(), "quantity in {text:?}: {:?}", e.quantities);
        assert!(e.percents.is_empty(), "percent in {text:?}: {:?}", e.percents);
        assert!(e.offices.is_empty(), "office in {text:?}: {:?}", e.offices);
    }
}
