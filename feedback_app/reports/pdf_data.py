"""What a PDF report says, worked out from the comments it covers: themes with their counts,
sentiment and quotes, what each voice raised most, and the notes grouped by question.

Everything here is redacted text: a report leaves the database for people who never see the
original. Text is printed word for word (quotes and the appendix) only when ``may_quote``: from
people who agreed to be quoted, or from workshop notes, and never an urgent-risk comment.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import Markup

from feedback_app.analysis.redaction import redact
from feedback_app.models import Comment
from feedback_app.reports.queries import ThemeCount
from feedback_app.vocabulary import QUESTIONS, VOICES, label_for

SENTIMENTS = ("positive", "neutral", "mixed", "negative")
OPEN_STATUSES = ("suggested", "accepted")
QUOTES_PER_THEME = 3
QUOTE_LENGTH = (25, 420)  # shorter says too little, longer is a page, not a quote
TOP_THEMES_PER_VOICE = 3
LEFT_OUT_BECAUSE = {  # why_not_quoted's reasons: (one item, several)
    "consent": (
        "because the person who wrote it did not agree to be quoted",
        "because the people who wrote them did not agree to be quoted",
    ),
    "urgent": (
        "because it was flagged as an urgent risk",
        "because they were flagged as an urgent risk",
    ),
}


@dataclass(frozen=True)
class Quote:
    text: str
    voice: str


@dataclass
class ThemeSummary:
    slug: str
    name: str
    count: int
    sentiment: dict[str, int]
    quotes: list[Quote] = field(default_factory=list)
    change: str | None = None  # against the previous period, "▲ 3 (+50%)"

    @property
    def negative_share(self) -> float:
        return self.sentiment.get("negative", 0) / self.count if self.count else 0.0

    @property
    def positive_share(self) -> float:
        return self.sentiment.get("positive", 0) / self.count if self.count else 0.0


@dataclass(frozen=True)
class VoiceSummary:
    voice: str
    items: int
    top_themes: list[tuple[str, int]]


@dataclass(frozen=True)
class Note:
    """One item as printed in the appendix."""

    text: str
    voice: str
    detail: str  # breakout group or date received
    themes: tuple[str, ...]


@dataclass(frozen=True)
class Appendix:
    """The items printed in full, grouped by question, and how many were left out and why."""

    groups: list[tuple[str, list[Note]]]
    no_consent: int = 0  # the person did not agree to be quoted
    urgent: int = 0  # flagged as an urgent risk

    @property
    def left_out(self) -> int:
        return self.no_consent + self.urgent

    def left_out_text(self, item_word: str) -> str:
        """A sentence saying how many items are left out and why ("" when none are)."""
        reasons = [
            (n, LEFT_OUT_BECAUSE[reason][n != 1])
            for reason, n in (("consent", self.no_consent), ("urgent", self.urgent))
            if n
        ]
        if not reasons:
            return ""
        total = self.left_out
        start = f"{total} {item_word}{'s are' if total != 1 else ' is'} left out of this appendix"
        if len(reasons) == 1:
            return f"{start} {reasons[0][1]}."
        return f"{start}: " + ", and ".join(f"{n} {why}" for n, why in reasons) + "."


@dataclass(frozen=True)
class Chart:
    title: str
    svg: Markup


@dataclass(frozen=True)
class ThemeTrend:
    name: str
    chart: Markup  # a sparkline of the items each month
    busiest: str  # the busiest month, with its items: "Oct 2026 (12)"
    latest: int  # items in the last month


@dataclass
class ReportData:
    """Everything a report template prints; built by ``pdf.workshop_report``/``period_report``."""

    kind: str  # "workshop" or "period"
    title: str
    subtitle: str
    filter_text: str
    made_at: datetime
    facts: list[tuple[str, str]]
    items: int
    attendance: list[tuple[str, int]] = field(default_factory=list)
    key_messages: list[str] = field(default_factory=list)
    themes: list[ThemeSummary] = field(default_factory=list)
    voices: list[VoiceSummary] = field(default_factory=list)
    emerging: list[tuple[str, int]] = field(default_factory=list)  # (phrase, times used)
    actions: list[tuple[str, str]] = field(default_factory=list)
    appendix: Appendix = field(default_factory=lambda: Appendix([]))
    charts: list[Chart] = field(default_factory=list)
    trends: list[ThemeTrend] = field(default_factory=list)
    headline_figures: list[tuple[str, str]] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    compared_with: str | None = None  # the previous period, in words

    @property
    def made_at_text(self) -> str:
        return f"{self.made_at.day} {self.made_at:%B %Y at %H:%M}"

    @property
    def item_word(self) -> str:
        return "note" if self.kind == "workshop" else "comment"


def printable_text(comment: Comment) -> str:
    """The redacted text, redacting now if the analysis has not stored it yet."""
    return comment.redacted if comment.redacted is not None else redact(comment.text)


def open_themes(comment: Comment, taxonomy_id: int) -> list:
    """The comment's tags that count as themes (suggested or accepted, never rejected)."""
    return [t for t in comment.tags if t.taxonomy_id == taxonomy_id and t.status in OPEN_STATUSES]


def why_not_quoted(comment: Comment) -> str | None:
    """Why the comment may not be printed word for word: "urgent" (an urgent-risk comment,
    never printed) or "consent" (the person did not agree to be quoted; workshop notes need no
    consent); None when it may be."""
    feedback = comment.feedback
    if comment.risk_level == "urgent":
        return "urgent"
    if not (feedback.consent_to_quote or feedback.source == "workshop"):
        return "consent"
    return None


def may_quote(comment: Comment) -> bool:
    """Quotable: the person agreed, or it is a workshop note; never an urgent-risk comment."""
    return why_not_quoted(comment) is None


def theme_sections(
    themes: Sequence[ThemeCount], comments: Sequence[Comment], taxonomy_id: int
) -> list[ThemeSummary]:
    """The themes as the dashboard counted them (``queries.summary``), most raised first, each
    with its best quotes from ``comments`` (the same items, loaded)."""
    candidates: dict[str, list[tuple[tuple, Comment]]] = defaultdict(list)
    for comment in comments:
        if may_quote(comment):
            for tag in open_themes(comment, taxonomy_id):
                preference = (tag.status != "accepted", -tag.confidence, comment.id)
                candidates[tag.theme_slug].append((preference, comment))
    quoted: set[str] = set()
    sections = []
    for theme in themes:
        if not theme.count:
            continue  # raised only in the previous period
        ranked = [c for _, c in sorted(candidates[theme.slug], key=lambda pair: pair[0])]
        sentiment = {label: n for label, n in theme.sentiment.items() if n}
        change = theme.change.text if theme.change else None
        quotes = pick_quotes(ranked, quoted)
        sections.append(
            ThemeSummary(theme.slug, theme.name, theme.count, sentiment, quotes, change)
        )
    return sections


def pick_quotes(ranked: Sequence[Comment], quoted: set[str]) -> list[Quote]:
    """The best few quotes for one theme: different voices first, of a length that reads as a
    quote, and no text quoted twice in a report (``quoted`` holds the texts used so far)."""
    shortest, longest = QUOTE_LENGTH
    fitting: dict[str, tuple[Comment, str]] = {}  # by normalised text, best first
    for comment in ranked:
        text = printable_text(comment).strip()
        key = " ".join(text.lower().split())
        if shortest <= len(text) <= longest and key not in quoted and key not in fitting:
            fitting[key] = (comment, text)
    chosen: list[str] = []
    voices: set[str] = set()
    for key, (comment, _) in fitting.items():  # first pass: one quote per voice
        if comment.feedback.voice not in voices and len(chosen) < QUOTES_PER_THEME:
            chosen.append(key)
            voices.add(comment.feedback.voice)
    for key in fitting:  # then the best of the rest
        if len(chosen) < QUOTES_PER_THEME and key not in chosen:
            chosen.append(key)
    order = list(fitting)
    chosen.sort(key=order.index)
    quoted.update(chosen)
    return [Quote(fitting[k][1], voice_label(fitting[k][0].feedback.voice)) for k in chosen]


def summarise_voices(
    comments: Sequence[Comment], taxonomy_id: int, names: dict[str, str]
) -> list[VoiceSummary]:
    """For each voice (patients, staff, police, ...): items, and the themes it raised most."""
    items: Counter[str] = Counter()
    themes: dict[str, Counter[str]] = defaultdict(Counter)
    for comment in comments:
        voice = comment.feedback.voice
        items[voice] += 1
        for tag in open_themes(comment, taxonomy_id):
            themes[voice][tag.theme_slug] += 1
    order = {value: position for position, (value, _) in enumerate(VOICES)}
    return [
        VoiceSummary(
            voice_label(voice),
            items[voice],
            [
                (names.get(slug, slug), n)
                for slug, n in sorted(themes[voice].items(), key=lambda p: (-p[1], p[0]))[
                    :TOP_THEMES_PER_VOICE
                ]
            ],
        )
        for voice in sorted(items, key=lambda v: (-items[v], order.get(v, len(order))))
    ]


def appendix_notes(
    comments: Iterable[Comment],
    taxonomy_id: int,
    names: dict[str, str],
    question_texts: dict[int, str],
) -> Appendix:
    """Every item that may be quoted (``may_quote``), redacted, grouped by the question it
    answers (workshop questions keep the facilitator's wording), in the order the questions
    were first met; the others are only counted, by reason."""
    groups: dict[str, list[Note]] = {}
    left_out: Counter[str] = Counter()
    for comment in comments:
        if reason := why_not_quoted(comment):
            left_out[reason] += 1
            continue
        feedback = comment.feedback
        heading = question_texts.get(feedback.workshop_question_id or 0) or question_label(
            comment.question
        )
        detail = (
            f"Group: {feedback.breakout_group}"
            if feedback.breakout_group
            else f"{feedback.created_at.day} {feedback.created_at:%b %Y}"
        )
        themes = tuple(
            sorted(names.get(t.theme_slug, t.theme_slug) for t in open_themes(comment, taxonomy_id))
        )
        note = Note(printable_text(comment), voice_label(feedback.voice), detail, themes)
        groups.setdefault(heading, []).append(note)
    return Appendix(list(groups.items()), left_out["consent"], left_out["urgent"])


def voice_label(voice: str) -> str:
    return label_for(VOICES, voice)


def question_label(question: str) -> str:
    return QUESTIONS.get(question, (question.replace("_", " ").capitalize(), None))[0]


def findings(themes: Sequence[ThemeSummary], items: int, item_word: str) -> list[str]:
    """Plain-English headlines from the theme counts (the facilitator's own messages come first)."""
    if not themes or not items:
        return []
    top = themes[0]
    lines = [
        f"The theme raised most was {top.name}: {top.count} of {items} {item_word}s "
        f"({round(100 * top.count / items)}%)."
    ]
    if len(themes) > 1:
        lines.append("Next came " + ", ".join(f"{t.name} ({t.count})" for t in themes[1:3]) + ".")
    # Only themes raised often enough for a share to mean something.
    solid = [t for t in themes if t.count >= max(3, items // 50)]
    negative = max(solid, key=lambda t: (t.negative_share, t.count), default=None)
    if negative and negative.negative_share >= 0.5:
        lines.append(
            f"{negative.name} drew the most criticism: {negative.sentiment.get('negative', 0)} of "
            f"its {negative.count} {item_word}s were negative."
        )
    positive = max(solid, key=lambda t: (t.positive_share, t.count), default=None)
    if positive and positive.positive_share >= 0.5:
        lines.append(
            f"{positive.name} drew the most praise: {positive.sentiment.get('positive', 0)} of "
            f"its {positive.count} {item_word}s were positive."
        )
    return lines
