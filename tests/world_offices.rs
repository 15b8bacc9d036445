//! Office mentions of any country: demonym + title + name, "the president of
//! Kenya, X", "X, Spain's prime minister", long country names — each read
//! with its person, office id and jurisdiction.
//!
//! The sentences and names are invented; the offices are a catalogue written
//! for this test (`tests/fixtures/world/offices.yaml`), so that what is tested
//! is the extractor's reading of countries, not the bundled ledger's coverage.

mod common;

use common::{doc, repo};
use factdiff::normalise::ClaimValue;

/// (sentence, person, office id, jurisdiction code).
const TABLE: &[(&str, &str, &str, &str)] = &[
    ("Argentine President Lucia Ferro spoke on Monday.", "Lucia Ferro", "ar.president", "AR"),
    ("Argentina's Foreign Minister Tomas Vela arrived.", "Tomas Vela", "ar.foreign-minister", "AR"),
    ("Austrian President Anton Gruber said so.", "Anton Gruber", "at.president", "AT"),
    ("Lena Hofer, Austria's foreign minister, said.", "Lena Hofer", "at.foreign-minister", "AT"),
    ("Australian Prime Minister Jack Moss flew in.", "Jack Moss", "au.prime-minister", "AU"),
    ("The prime minister of Australia, Ruby Kerr, spoke.", "Ruby Kerr", "au.prime-minister", "AU"),
    ("Bosnia and Herzegovina's President Emir Hadzic met them.", "Emir Hadzic", "ba.president", "BA"),
    ("Bosnian Foreign Minister Lejla Omic replied.", "Lejla Omic", "ba.foreign-minister", "BA"),
    ("Bangladeshi Prime Minister Farida Alam spoke.", "Farida Alam", "bd.prime-minister", "BD"),
    ("Bangladesh's Foreign Minister Kamal Uddin said.", "Kamal Uddin", "bd.foreign-minister", "BD"),
    ("Belgian Prime Minister Joris Peeters resigned.", "Joris Peeters", "be.prime-minister", "BE"),
    ("Elise Dubois, Belgium's foreign minister, said.", "Elise Dubois", "be.foreign-minister", "BE"),
    ("Brazilian President Ana Lima arrived.", "Ana Lima", "br.president", "BR"),
    ("The president of Brazil, Joao Prado, said.", "Joao Prado", "br.president", "BR"),
    ("Canadian Prime Minister Owen Clarke spoke.", "Owen Clarke", "ca.prime-minister", "CA"),
    ("Canada's Foreign Minister Marie Roy replied.", "Marie Roy", "ca.foreign-minister", "CA"),
    ("The Democratic Republic of the Congo's President Jean Mbala spoke.", "Jean Mbala", "cd.president", "CD"),
    ("Congolese Prime Minister Aline Tshibanda said.", "Aline Tshibanda", "cd.prime-minister", "CD"),
    ("Central African Republic President Paul Ngaba spoke.", "Paul Ngaba", "cf.president", "CF"),
    ("Ivorian President Koffi Yao said.", "Koffi Yao", "ci.president", "CI"),
    ("Ivory Coast's Prime Minister Awa Kone spoke.", "Awa Kone", "ci.prime-minister", "CI"),
    ("Chilean President Sofia Reyes said.", "Sofia Reyes", "cl.president", "CL"),
    ("Czech Prime Minister Petr Novak spoke.", "Petr Novak", "cz.prime-minister", "CZ"),
    ("The Czech Republic's President Jana Dvorak said.", "Jana Dvorak", "cz.president", "CZ"),
    ("German President Klaus Weber said.", "Klaus Weber", "de.president", "DE"),
    ("Anna Schulz, Germany's foreign minister, replied.", "Anna Schulz", "de.foreign-minister", "DE"),
    ("Danish Prime Minister Mette Holm spoke.", "Mette Holm", "dk.prime-minister", "DK"),
    ("Denmark's Foreign Minister Lars Berg said.", "Lars Berg", "dk.foreign-minister", "DK"),
    ("Egyptian President Omar Fathy spoke.", "Omar Fathy", "eg.president", "EG"),
    ("Egypt's Foreign Minister Sameh Nour said.", "Sameh Nour", "eg.foreign-minister", "EG"),
    ("Spanish Prime Minister Pedro Alcala met them.", "Pedro Alcala", "es.prime-minister", "ES"),
    ("Lucia Ortega, Spain's prime minister, said.", "Lucia Ortega", "es.prime-minister", "ES"),
    ("Ethiopian Prime Minister Abel Tesfaye spoke.", "Abel Tesfaye", "et.prime-minister", "ET"),
    ("Finnish President Aino Virtanen said.", "Aino Virtanen", "fi.president", "FI"),
    ("Finland's Prime Minister Mikko Laine replied.", "Mikko Laine", "fi.prime-minister", "FI"),
    ("French President Luc Martin spoke.", "Luc Martin", "fr.president", "FR"),
    ("The prime minister of France, Claire Petit, said.", "Claire Petit", "fr.prime-minister", "FR"),
    ("Ghanaian President Kwame Boateng said.", "Kwame Boateng", "gh.president", "GH"),
    ("Greek Prime Minister Nikos Pappas spoke.", "Nikos Pappas", "gr.prime-minister", "GR"),
    ("Greece's Foreign Minister Eleni Kosta said.", "Eleni Kosta", "gr.foreign-minister", "GR"),
    ("Hungarian Prime Minister Laszlo Kovacs spoke.", "Laszlo Kovacs", "hu.prime-minister", "HU"),
    ("Indonesian President Budi Santoso said.", "Budi Santoso", "id.president", "ID"),
    ("Indonesia's Foreign Minister Sari Wulan replied.", "Sari Wulan", "id.foreign-minister", "ID"),
    ("Irish Prime Minister Sean Byrne spoke.", "Sean Byrne", "ie.prime-minister", "IE"),
    ("Indian Prime Minister Arjun Mehta said.", "Arjun Mehta", "in.prime-minister", "IN"),
    ("Priya Nair, India's foreign minister, said.", "Priya Nair", "in.foreign-minister", "IN"),
    ("Italian Prime Minister Chiara Conti spoke.", "Chiara Conti", "it.prime-minister", "IT"),
    ("Italy's President Marco Greco said.", "Marco Greco", "it.president", "IT"),
    ("Japanese Prime Minister Hana Mori spoke.", "Hana Mori", "jp.prime-minister", "JP"),
    ("Kenyan President Daniel Otieno said.", "Daniel Otieno", "ke.president", "KE"),
    ("The president of Kenya, Grace Wanjiru, arrived.", "Grace Wanjiru", "ke.president", "KE"),
    ("South Korean President Min-jun Park said.", "Min-jun Park", "kr.president", "KR"),
    ("South Korea's Prime Minister Ji-woo Han spoke.", "Ji-woo Han", "kr.prime-minister", "KR"),
    ("Mexican President Elena Ruiz said.", "Elena Ruiz", "mx.president", "MX"),
    ("Mexico's Foreign Minister Diego Soto replied.", "Diego Soto", "mx.foreign-minister", "MX"),
    ("Nigerian President Musa Bello said.", "Musa Bello", "ng.president", "NG"),
    ("The president of Nigeria, Ada Okafor, spoke.", "Ada Okafor", "ng.president", "NG"),
    ("Dutch Prime Minister Pieter de Vries spoke.", "Pieter de Vries", "nl.prime-minister", "NL"),
    ("The Netherlands' Foreign Minister Femke Bakker said.", "Femke Bakker", "nl.foreign-minister", "NL"),
    ("Norwegian Prime Minister Ola Hansen spoke.", "Ola Hansen", "no.prime-minister", "NO"),
    ("New Zealand Prime Minister Aroha Smith said.", "Aroha Smith", "nz.prime-minister", "NZ"),
    ("Papua New Guinea's Prime Minister John Kila said.", "John Kila", "pg.prime-minister", "PG"),
    ("Philippine President Jose Santos spoke.", "Jose Santos", "ph.president", "PH"),
    ("Pakistani Prime Minister Imran Qadir said.", "Imran Qadir", "pk.prime-minister", "PK"),
    ("Polish President Adam Nowak spoke.", "Adam Nowak", "pl.president", "PL"),
    ("Poland's Foreign Minister Ewa Zielinska said.", "Ewa Zielinska", "pl.foreign-minister", "PL"),
    ("Portuguese Prime Minister Rui Costa spoke.", "Rui Costa", "pt.prime-minister", "PT"),
    ("Romanian President Ion Popescu said.", "Ion Popescu", "ro.president", "RO"),
    ("Saudi Foreign Minister Faisal Harbi spoke.", "Faisal Harbi", "sa.foreign-minister", "SA"),
    ("Swedish Prime Minister Erik Lund said.", "Erik Lund", "se.prime-minister", "SE"),
    ("Senegalese President Moussa Diop spoke.", "Moussa Diop", "sn.president", "SN"),
    ("South Sudan's President Deng Garang said.", "Deng Garang", "ss.president", "SS"),
    ("Trinidad and Tobago's Prime Minister Keith Ramsaran spoke.", "Keith Ramsaran", "tt.prime-minister", "TT"),
    ("Turkish President Mehmet Yilmaz said.", "Mehmet Yilmaz", "tr.president", "TR"),
    ("Turkey's Foreign Minister Ayse Demir spoke.", "Ayse Demir", "tr.foreign-minister", "TR"),
    ("Emirati Foreign Minister Khalid Nasser said.", "Khalid Nasser", "ae.foreign-minister", "AE"),
    ("The United Arab Emirates' President Hamad Rashid spoke.", "Hamad Rashid", "ae.president", "AE"),
    ("Ukrainian President Oksana Bondar said.", "Oksana Bondar", "ua.president", "UA"),
    (
        "Saint Vincent and the Grenadines' Prime Minister Calvin Browne spoke.",
        "Calvin Browne",
        "vc.prime-minister",
        "VC",
    ),
    ("Vietnamese Prime Minister Tran Van Minh said.", "Tran Van Minh", "vn.prime-minister", "VN"),
    ("South African President Thabo Dlamini spoke.", "Thabo Dlamini", "za.president", "ZA"),
    ("Sipho Nkosi, South Africa's foreign minister, said.", "Sipho Nkosi", "za.foreign-minister", "ZA"),
    ("Filipino Foreign Minister Maria Cruz replied.", "Maria Cruz", "ph.foreign-minister", "PH"),
    ("Ethiopia's President Sahle Bekele spoke.", "Sahle Bekele", "et.president", "ET"),
];

#[test]
fn every_country_is_read_with_person_office_and_jurisdiction() {
    let ledger = factdiff::claims::load(&[repo().join("tests/fixtures/world/offices.yaml")]).expect("fixture loads");
    let countries: std::collections::BTreeSet<&str> = TABLE.iter().map(|row| row.3).collect();
    assert!(TABLE.len() >= 80 && countries.len() >= 35, "{} sentences, {} countries", TABLE.len(), countries.len());
    let mut wrong = Vec::new();
    for &(sentence, person, office, code) in TABLE {
        let d = doc("t.md", "2025-11-03", sentence);
        let claims = factdiff::check::analyse(std::slice::from_ref(&d), &ledger);
        let got: Vec<(String, Option<String>, Option<String>)> = claims
            .iter()
            .filter_map(|c| match &c.value {
                ClaimValue::Office(o) => Some((o.person.clone(), o.office.clone(), o.jurisdiction.clone())),
                _ => None,
            })
            .collect();
        let want = (person.to_string(), Some(office.to_string()), Some(code.to_string()));
        if got != [want.clone()] {
            wrong.push(format!("{sentence}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} sentences misread:\n{}", wrong.len(), TABLE.len(), wrong.join("\n"));
}
