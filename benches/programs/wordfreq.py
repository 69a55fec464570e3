# Word frequencies: generate a deterministic text from a fixed vocabulary with
# a linear congruential generator, then split it and count the words in a dict.
# Exercises string building, str.split, dict updates and sorting.

SYLLABLES = [
    "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "da",
    "zu", "ha", "ri", "go", "be", "an", "el", "or", "in", "us",
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = set()
    vocabulary = []
    while len(vocabulary) < size:
        parts = []
        for _ in range(1 + rng.next(4)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        word = "".join(parts)
        if word not in words:
            words.add(word)
            vocabulary.append(word)
    return vocabulary


def make_text(rng, vocabulary, lines, words_per_line):
    # Skewed choice: small indices are much more frequent (Zipf-like).
    n = len(vocabulary)
    out = []
    for _ in range(lines):
        line = []
        for _ in range(words_per_line):
            index = rng.next(n) * rng.next(n) // n
            word = vocabulary[index]
            if rng.next(10) == 0:
                word = word.capitalize()
            line.append(word)
        out.append(" ".join(line) + ".")
    return "\n".join(out)


def count_words(text):
    counts = {}
    for token in text.split():
        word = token.strip(".,").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    rng = Lcg(20240601)
    vocabulary = make_vocabulary(rng, 2000)
    text = make_text(rng, vocabulary, 60000, 12)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    print("characters", len(text))
    print("words", sum(counts.values()), "distinct", len(counts))
    for word, count in ranked[:10]:
        print("%-12s %d" % (word, count))
    print("least", ranked[-1][0], ranked[-1][1])


main()
