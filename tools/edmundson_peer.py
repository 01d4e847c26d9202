#!/usr/bin/env python3
"""sumy's Edmundson summarizer (title + location methods), the peer of `triglot-bench
rouge-event` (measurement only).

Usage:
    python3 tools/edmundson_peer.py STOPWORDS_FILE CLUSTERS_FILE

CLUSTERS_FILE holds one JSON object per line: {"paragraphs": [[sentence, ...], ...],
"headings": [title, ...], "budget": N}. The sentences are the ones Triglot found, so every
system chooses among the same sentences. For each line, one JSON list is printed: the chosen
sentences' numbers (counting every paragraph's sentences in order), in document order.
Sentences are taken by sumy's rating (title words + location, as EdmundsonSummarizer with
title_weight=1, location_weight=1, cue and key weights 0), highest first, each kept when it
fits in N syllables (whitespace-separated tokens with a letter or digit), as `--words`
does; the best sentence alone when none fits. Exit status 3 when sumy is not installed
(`pip install sumy`).
"""
import json
import re
import sys

WORD = re.compile(r"\w+", re.UNICODE)


class SyllableTokenizer:
    """Vietnamese words are syllables between spaces: sumy's NLTK tokenizers know no Vietnamese."""

    @staticmethod
    def to_words(text):
        return tuple(WORD.findall(text))


def syllables(text):
    return sum(1 for token in text.split() if WORD.search(token))


def main() -> int:
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.summarizers.edmundson import EdmundsonSummarizer
    except ImportError:
        sys.stderr.write("sumy is not installed: pip install sumy\n")
        return 3
    with open(sys.argv[1], encoding="utf-8") as handle:
        null_words = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    tokenizer = SyllableTokenizer()
    with open(sys.argv[2], encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            cluster = json.loads(line)
            headings = [Sentence(title, tokenizer, is_heading=True) for title in cluster.get("headings", [])]
            paragraphs = []
            for number, paragraph in enumerate(cluster["paragraphs"]):
                # Each report's title heads its paragraph, as in a concatenated article.
                heading = [headings[number]] if number < len(headings) else []
                paragraphs.append(Paragraph(heading + [Sentence(text, tokenizer) for text in paragraph]))
            document = ObjectDocumentModel(paragraphs)
            summarizer = EdmundsonSummarizer(cue_weight=0, key_weight=0, title_weight=1, location_weight=1)
            summarizer.null_words = null_words
            ratings = {}
            for method in (summarizer._build_title_method_instance(), summarizer._build_location_method_instance()):
                for sentence, rating in method.rate_sentences(document).items():
                    ratings[sentence] = ratings.get(sentence, 0) + rating
            texts = [text for paragraph in cluster["paragraphs"] for text in paragraph]
            order = sorted(range(len(texts)), key=lambda i: (-ratings.get(Sentence(texts[i], tokenizer), 0), i))
            budget = cluster["budget"]
            chosen, used = [], 0
            for i in order:
                size = syllables(texts[i])
                if used + size <= budget:
                    chosen.append(i)
                    used += size
            if not chosen and order:
                chosen = [order[0]]
            print(json.dumps(sorted(chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
