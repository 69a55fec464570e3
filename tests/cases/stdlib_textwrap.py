# textwrap: wrap/fill with the TextWrapper options, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump? A well-known self-evident, state-of-the-art example--indeed.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.wrap("one  two   three\tfour\nfive", 12))
print(textwrap.wrap("one  two   three\tfour\nfive", 12, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  leading and trailing  ", 8), textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 80, fix_sentence_endings=True))
print(textwrap.wrap("tab\there", 20, tabsize=4), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("x-y a--b c---d e-f-g 123-456 ab-cd-ef --x y--", 6))
print(textwrap.wrap("well-\nknown ----- done-- --start", 7))
print(textwrap.shorten("Hello  world!   This is a   test", 12), textwrap.shorten("Hello world", 11))
print(textwrap.shorten("Hello world, more text here", 15, placeholder="~"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("a b c d e f g h i j k l m n o p q r s t"), w.width, w.placeholder)
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t\ta\n\t\t  b\n\t\tc")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("   \n  a\n   b\n")), repr(textwrap.dedent("")), repr(textwrap.dedent("  x  \n  \t\n")))
print(repr(textwrap.indent("a\nb\n\nc", "+ ")), repr(textwrap.indent("a\r\nb\n  \n", "> ")))
print(repr(textwrap.indent("a\nb\n\n", "# ", lambda line: True)))
