#!/usr/bin/env python3
"""Generate a benchmark corpus of N JSONL records, deterministically, from the real postings.

    python3 Benchmarks/python/make_corpus.py ../shared/data/skillspan/postings.jsonl 100000 > /tmp/corpus-100k.jsonl

Record i is built from real posting b = i mod P (P = 263 postings) in variant v = i div P:
- text: the posting's lines rotated by v mod (number of lines) — variant 0 is the posting itself —
  so no two records of the same base are identical but every sentence is real;
- id: "<posting id>#<v>";
- shape by i mod 4: 0 and 2 → {"id", "title", "text"}; 1 → {"id", "title", "html"} with one <p> per
  line under an <h1>; 3 → a JSON-LD JobPosting {"@context", "@type", "identifier", "title", "description"}
  whose description is that HTML. Every JSONL shape `jdautopsy batch` reads is exercised.
No randomness, so the same N gives the same bytes on any machine (`json.dumps`, sorted keys, UTF-8).
"""
import html
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        postings = [json.loads(line) for line in f if line.strip()]
    n = int(sys.argv[2])
    out = sys.stdout
    for i in range(n):
        base = postings[i % len(postings)]
        variant = i // len(postings)
        lines = [line for line in base["text"].split("\n") if line.strip()]
        r = variant % len(lines) if lines else 0
        lines = lines[r:] + lines[:r]
        rid = f"{base['id']}#{variant}"
        title = base.get("title") or ""
        body_html = "<h1>" + html.escape(title) + "</h1>" + "".join("<p>" + html.escape(l) + "</p>" for l in lines)
        shape = i % 4
        if shape == 1:
            record = {"id": rid, "title": title, "html": body_html}
        elif shape == 3:
            record = {"@context": "https://schema.org", "@type": "JobPosting", "identifier": rid, "title": title,
                      "description": body_html}
        else:
            record = {"id": rid, "title": title, "text": "\n".join(lines)}
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
