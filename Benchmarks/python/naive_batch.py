#!/usr/bin/env python3
"""The naive Python approach a data scientist would write for `jdautopsy batch`, as the baseline
for Benchmarks/batch.sh: one process, lxml for HTML, flashtext for the lexicon's phrases, regular
expressions for sentences, words and syllables, and scikit-learn's CountVectorizer for the corpus-wide
phrase counts of the summary.

    python naive_batch.py CORPUS.jsonl OUT.jsonl [--lexicon Lexicons]

It reads the same JSONL records (id / html / text / description / JSON-LD JobPosting) and writes one
JSON line per record: id, title, a vagueness-like score (weighted phrase hits per 100 words), findings
with offsets, per-sentence scores and Flesch reading ease; failures become {"id", "error"} lines.
It does much less than jdautopsy (no normalisation, no line:column, no translations, no record), so
the throughput ratio flatters it. Install: pip install lxml flashtext scikit-learn (in a venv).
"""
import glob
import json
import os
import re
import sys

import lxml.html
from flashtext import KeywordProcessor
from sklearn.feature_extraction.text import CountVectorizer

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
VOWELS = re.compile(r"[aeiouy]+", re.I)


def load_lexicon(directory):
    keywords = KeywordProcessor(case_sensitive=False)
    phrases = []
    for path in sorted(glob.glob(os.path.join(directory, "entries", "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for entry in data["entries"]:
            for phrase in entry["phrases"]:
                keywords.add_keyword(phrase, (entry["id"], data["category"], float(entry.get("weight", 1.0))))
                phrases.append(phrase.lower())
    return keywords, sorted(set(phrases))


def text_of(record):
    if record.get("@type") == "JobPosting" or "html" in record:
        markup = record.get("html") or record.get("description") or ""
        return lxml.html.fromstring(markup).text_content() if markup.strip() else ""
    return record.get("text") or record.get("description") or ""


def syllables(word):
    return max(1, len(VOWELS.findall(word)))


def score(record, keywords):
    text = text_of(record)
    if not text.strip():
        raise ValueError("no text")
    words = WORD.findall(text)
    hits = keywords.extract_keywords(text, span_info=True)
    weight = sum(h[0][2] for h in hits)
    sentences = [s for s in SENTENCE.split(text) if s.strip()]
    sentence_scores = []
    for s in sentences:
        w = len(WORD.findall(s)) or 1
        sentence_scores.append({"text": s, "score": round(100 * sum(h[2] for h in keywords.extract_keywords(s)) / w, 1)})
    n_words = max(1, len(words))
    flesch = 206.835 - 1.015 * n_words / max(1, len(sentences)) - 84.6 * sum(map(syllables, words)) / n_words
    return {
        "id": record.get("id") or record.get("identifier"),
        "title": record.get("title"),
        "score": round(min(100.0, 10 + 100 * weight / n_words * 5), 1),
        "words": len(words),
        "findings": [{"entryID": h[0][0], "category": h[0][1], "start": h[1], "end": h[2], "text": text[h[1]:h[2]]} for h in hits],
        "sentences": sentence_scores,
        "readingEase": round(flesch, 1),
    }, text


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    lexicon = sys.argv[sys.argv.index("--lexicon") + 1] if "--lexicon" in sys.argv else "Lexicons"
    keywords, phrases = load_lexicon(lexicon)
    counter = CountVectorizer(vocabulary=phrases, ngram_range=(1, max(len(p.split()) for p in phrases)), lowercase=True)
    totals = None
    chunk = []
    ok = failed = 0
    with open(sys.argv[1], encoding="utf-8", errors="replace") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
        for number, line in enumerate(src, 1):
            try:
                record = json.loads(line)
                result, text = score(record, keywords)
                out.write(json.dumps(result) + "\n")
                chunk.append(text)
                ok += 1
            except Exception as e:  # noqa: BLE001 — the naive script keeps going
                out.write(json.dumps({"id": f"{sys.argv[1]}:{number}", "error": str(e)}) + "\n")
                failed += 1
            if len(chunk) == 1000:
                counts = counter.transform(chunk).sum(axis=0)
                totals = counts if totals is None else totals + counts
                chunk = []
    if chunk:
        counts = counter.transform(chunk).sum(axis=0)
        totals = counts if totals is None else totals + counts
    top = sorted(zip(phrases, totals.A1.tolist()), key=lambda p: -p[1])[:10] if totals is not None else []
    print(f"naive: {ok} scored, {failed} errors; top phrases: {top}", file=sys.stderr)


if __name__ == "__main__":
    main()
