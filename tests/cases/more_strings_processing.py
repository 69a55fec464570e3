text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = text.lower().replace(',', '').replace('.', '').split()
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:>10}: {'*' * c} ({c})")
print(max(words, key=len), min(words, key=len))
print(sum(len(w) for w in words) / len(words))
print(text.count('it'), text.count('was'), text.lower().count('it'))

def is_palindrome(s):
    cleaned = ''.join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))

def rle(s):
    if not s:
        return ''
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return ''.join(out)
print(rle("aaabccddddde"), rle("a"), rle(""))

def anagrams(ws):
    groups = {}
    for w in ws:
        groups.setdefault(''.join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))

def vowels(s):
    return {v: s.lower().count(v) for v in 'aeiou'}
print(vowels(text))
print(text.title()[:40])
print(text.upper()[:30], text.swapcase()[:20])
print("hello world".capitalize(), "HELLO".casefold(), "hello".center(11, '*'))
print(" x ".strip(), "xxhixx".strip('x'), "abcba".lstrip('ab'), "abcba".rstrip('ab'))
print("a,b,,c".split(','), "a,b,,c".split(',', 1), "  a  b  ".split(), "a b c".rsplit(' ', 1))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")))
print("Hello"[1:4], "Hello"[::-1], "Hello"[-3:], "Hello"[::2], "Hello"[10:], "Hello"[-100:2])
print("tab\there".expandtabs(), "tab\there".expandtabs(4), repr("a\tb".expandtabs(1)))
print("hello".replace("l", "L", 1), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("abc".ljust(6, '.') + "|", "abc".rjust(6) + "|")
print("Hello World".startswith(("He", "Wo")), "Hello".endswith("lo", 0, 5), "Hello".startswith("l", 2))
print(ord('A'), chr(97), [ord(c) for c in "AZaz09"], chr(0x263A), ord('€'))
acronym = ''.join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print("word count:", len("the cat sat on the mat".split()))
s = "The Quick Brown Fox"
print(sum(1 for c in s if c.isupper()), sum(c.islower() for c in s))
print(s.split(' ', 2), s.partition(' '), s.rpartition(' '), s.partition('zz'))
