"""Show the evidence behind a theme: phrases marked in the text, everything escaped."""

from markupsafe import Markup, escape


def highlight(text: str, phrases: list[str]) -> Markup:
    """Wrap each occurrence of the evidence phrases in <mark>, escaping everything else."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        start = lowered.find(phrase.lower())
        while start != -1:
            end = start + len(phrase)
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
            start = lowered.find(phrase.lower(), end)
    out, position = [], 0
    for start, end in sorted(spans):
        out += [escape(text[position:start]), Markup("<mark>"), escape(text[start:end])]
        out.append(Markup("</mark>"))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)
