"""Text wrapping and filling: TextWrapper, wrap, fill, shorten, dedent, indent.

The text is cut into chunks (runs of whitespace, words, and with
break_on_hyphens the pieces of hyphenated words and em-dashes), which are
then packed greedily into lines. The chunking follows the rules of
CPython's regular expression, written out as a scanner (pylift has no re).
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only ASCII whitespace separates words (a no-break space does not).
_whitespace = "\t\n\x0b\x0c\r "


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ""


def _dash_run_then_word(text, i):
    """Whether text[i:] is two or more hyphens followed by a word character;
    returns the index after the hyphens (else -1)."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j
    return -1


def _hyphen_breaks(text, j):
    """A word may end with the hyphen at text[j]: after two letters (or
    letter-hyphen-letter), before letter, optional hyphen, letter."""
    L = _is_letter
    before = (L(_at(text, j - 2)) and L(_at(text, j - 1))) or \
             (L(_at(text, j - 3)) and _at(text, j - 2) == "-" and L(_at(text, j - 1)))
    if not before:
        return False
    if not L(_at(text, j + 1)):
        return False
    return L(_at(text, j + 2)) or (_at(text, j + 2) == "-" and L(_at(text, j + 3)))


def _split_hyphenated(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if _is_ws(text[i]):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i) >= 0:
            j = _dash_run_then_word(text, i)
        else:
            j = i + 1
            while True:
                if j < n and text[j] == "-" and _hyphen_breaks(text, j):
                    j += 1
                    break
                if j >= n or _is_ws(text[j]):
                    break
                if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j) >= 0:
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then optionally a quote, at the end."""
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs to `width` columns; see the attributes for the options."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != " ":
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        return _split_hyphenated(text) if self.break_on_hyphens else _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of an over-long chunk as fits on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after a hyphen that fits.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if last_allowed or (rest_empty and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Removes the leading spaces and tabs all non-blank lines share (lines
    of only spaces and tabs become empty)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blanks(line)
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines for which predicate(line) is true (by
    default, those that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
