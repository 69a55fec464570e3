# textwrap on random texts (hyphens, em-dashes, punctuation, tabs, newlines) with random options.
import random, textwrap
random.seed(3)
alphabet = ["a", "b", "Z", "é", "1", "2", "-", "-", "--", " ", " ", "  ", "\t", "\n", ".", ",", "!", "?", "'", '"', "&", "_", "x-y", "ab-cd", "—", ";"]
for trial in range(150):
    text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 60)))
    w = random.randint(1, 15)
    opts = dict(break_on_hyphens=random.random() < 0.7, break_long_words=random.random() < 0.8,
                drop_whitespace=random.random() < 0.8, fix_sentence_endings=random.random() < 0.3)
    if random.random() < 0.2:
        opts["max_lines"] = random.randint(1, 3)
        opts["placeholder"] = random.choice([" [...]", "~", " .."])
    try:
        print(repr(textwrap.wrap(text, w, **opts)))
    except ValueError as e:
        print("ValueError", e)
    print(repr(textwrap.dedent(text.replace("a", "   "))))
