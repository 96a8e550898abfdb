"""Message templates: Jinja2 in a sandbox, only whitelisted variables and filters.

`SandboxedEnvironment` stops a template from reaching Python internals; `StrictUndefined` makes a
misspelt variable an error instead of an empty gap in a borrower's notice; the environment has
no loader, globals or tests, and only our filters (money "¥1,234.50", date "11月20日" or
"20 Nov", mask "张*"). Money variables are integer fen that print as money even without the
filter, so a template can never show 123450 for ¥1,234.50.

A template is also held to a budget, since whoever may save one could otherwise stall or
exhaust every `batch create` (the sandbox itself guards Python's internals, not time or memory):
no loops, macros, calls, assignments or imports (`check_structure`), no attribute of any value,
arithmetic that cannot build a huge string or number, and a render that stops past
`RENDER_SECONDS` or `RENDER_MAX_CHARS` (`template_budget`). `check_source` (at save) also refuses
a text over `domain.policy.MAX_MESSAGE_PARTS` parts; at planning that is one loan's exclusion.

The default set, one file per template key and locale, lives in resources/templates/<locale>/.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from time import perf_counter
from typing import Any

from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from operator_app.domain.collection import COLLECTION_STAGES, FIRM_STAGES
from operator_app.domain.money import format_fen
from operator_app.domain.policy import MAX_MESSAGE_PARTS
from operator_app.errors import UsageError

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources" / "templates"
LOCALES = ("zh_CN", "en")
TEMPLATE_KEYS = (*COLLECTION_STAGES, *(s + "_firm" for s in FIRM_STAGES))
VARIABLES = ("name", "masked_name", "contract_no", "amount_due", "outstanding", "due_date", "days_past_due",
             "min_payment", "repay_channel", "office_phone", "signature")
MONEY_VARIABLES = ("amount_due", "outstanding", "min_payment")
FILTERS = ("money", "date", "mask")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Fen(int):
    """An amount in fen that prints as money."""

    def __str__(self) -> str:
        return format_fen(int(self))


def mask_name(name: str) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***: enough for the borrower, little for a stranger."""
    name = name.strip()
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""


def format_day(day: date, locale: str) -> str:
    if locale == "en":
        return f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{day.month}月{day.day}日"


def template_key_of(stage: str, repeat: bool) -> str:
    return stage + "_firm" if repeat and stage in FIRM_STAGES else stage


RENDER_SECONDS = 0.25  # one text; an ordinary one takes well under a millisecond
RENDER_MAX_CHARS = 10_000  # far beyond MAX_MESSAGE_PARTS parts of any encoding
# What an SMS template may be made of: text, variables, filters, conditions and plain arithmetic.
_REFUSED_NODES = {nodes.For: "{% for %}", nodes.Macro: "{% macro %}", nodes.CallBlock: "{% call %}", nodes.Call: "( )",
                  nodes.Assign: "{% set %}", nodes.AssignBlock: "{% set %}", nodes.With: "{% with %}",
                  nodes.Include: "{% include %}", nodes.Import: "{% import %}", nodes.FromImport: "{% import %}",
                  nodes.Extends: "{% extends %}", nodes.Block: "{% block %}", nodes.Scope: "{% scope %}",
                  nodes.OverlayScope: "{% scope %}", nodes.EvalContextModifier: "{% autoescape %}"}


class _OverBudget(SecurityError):
    """Arithmetic that would build a string or number past the render budget."""


def _over_budget() -> TemplateError:
    return TemplateError("template_budget", chars=RENDER_MAX_CHARS, seconds=RENDER_SECONDS)


class _BudgetSandbox(SandboxedEnvironment):
    """The sandbox with no attribute or method of any value (an SMS template needs none, and
    `name.ljust(10**9)` is a gigabyte) and arithmetic checked before it runs."""

    intercepted_binops = frozenset({"*", "**", "%", "+", "//"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return False

    def is_safe_callable(self, obj: Any) -> bool:
        return False

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        sized = (str, list, tuple)
        if operator == "%" and isinstance(left, str):
            raise SecurityError("%-formatting is not allowed in a template")
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise _OverBudget("exponent too large")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, sized) and isinstance(times, int) and len(seq) * times > RENDER_MAX_CHARS:
                    raise _OverBudget(f"output over {RENDER_MAX_CHARS} characters")
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, sized) and len(result) > RENDER_MAX_CHARS:
            raise _OverBudget(f"output over {RENDER_MAX_CHARS} characters")
        return result


@cache
def environment(locale: str) -> SandboxedEnvironment:
    env = _BudgetSandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters.clear()
    env.tests.clear()
    env.globals.clear()
    env.filters["money"] = lambda fen: format_fen(int(fen))
    env.filters["date"] = lambda day: format_day(day, locale) if isinstance(day, date) else str(day)
    env.filters["mask"] = lambda text: mask_name(str(text))
    return env


@cache
def _parser() -> Environment:
    """Knows every filter name, so an unknown one is reported as not allowed rather than as a
    syntax error; sandboxed, so that reading a template's names never folds `2 ** 99999999`."""
    env = _BudgetSandbox()
    env.filters.update(dict.fromkeys(FILTERS, str))
    return env


class TemplateError(UsageError):
    """A template that cannot be used: bad syntax, an unknown variable or filter."""


def _filters_used(tree: nodes.Template) -> set[str]:
    return {node.name for node in tree.find_all(nodes.Filter)} | {"test:" + n.name for n in tree.find_all(nodes.Test)}


def check_source(body: str, locale: str = "zh_CN") -> None:
    """Raises TemplateError unless the body parses, uses only whitelisted names and constructs,
    renders within its budget and fits in MAX_MESSAGE_PARTS parts (with the sample values)."""
    check_structure(body)
    from operator_app.messaging.parts import parts

    count = parts(render(body, locale, sample_values(locale)))[1]
    if count > MAX_MESSAGE_PARTS:
        raise TemplateError("template_too_many_parts", parts=count, limit=MAX_MESSAGE_PARTS)


@cache
def check_structure(body: str) -> None:
    """Raises TemplateError unless the body parses and uses only whitelisted names and
    constructs: what planning asks of every template before the first text (once per body)."""
    if len(body) > RENDER_MAX_CHARS:
        raise _over_budget()
    try:
        # Parsed by a plain environment, which knows every filter name, so an unknown one is
        # reported as not allowed rather than as a syntax error.
        tree = _parser().parse(body)
    except TemplateSyntaxError as exc:
        raise TemplateError("template_syntax", line=exc.lineno, detail="why_template_syntax") from exc  # Jinja's English: log
    refused = sorted({_REFUSED_NODES[type(node)] for node in tree.find_all(tuple(_REFUSED_NODES))})
    if refused:
        raise TemplateError("template_construct", names=", ".join(refused))
    unknown = sorted(meta.find_undeclared_variables(tree) - set(VARIABLES))
    if unknown:
        raise TemplateError("template_unknown_variable", names=", ".join(unknown), allowed=", ".join(VARIABLES))
    bad = sorted(_filters_used(tree) - set(FILTERS))
    if bad:
        raise TemplateError("template_unknown_filter", names=", ".join(bad), allowed=", ".join(FILTERS))


@cache
def _compiled(body: str, locale: str) -> Any:
    return environment(locale).from_string(body)


@dataclass(frozen=True)
class _Plain:
    """A plain template: `fmt` is its literal text with one `{!s}` slot per output, and `slots`
    the variable and filters (innermost first) that fill each slot."""

    fmt: str
    slots: tuple[tuple[str, tuple[Callable[[Any], Any], ...]], ...]
    texts: tuple[str, ...]  # the literal text around the slots, as written (one more than slots)

    def render(self, values: Mapping[str, Any]) -> str:
        return self.fmt.format(*[_filtered(values[name], chain) for name, chain in self.slots])


def _filtered(value: Any, chain: tuple[Callable[[Any], Any], ...]) -> Any:
    """A slot's value through its filters, innermost first, as Jinja2 applies them."""
    for f in chain:
        value = f(value)
    return value


@cache
def _plain(body: str, locale: str) -> _Plain | None:
    """The template as a `_Plain` when it is only text and `{{ variable|filter… }}` outputs of
    whitelisted names without arguments, else None. Such a template never reaches an attribute,
    a call or a test, so the sandbox has nothing to check in it; parsed by the sandboxed
    environment itself, so its text is exactly what the compiled template would write (each
    output through str(), as Jinja2 does without autoescape)."""
    env = environment(locale)
    try:
        tree = env.parse(body)
    except TemplateSyntaxError:
        return None
    slots: list[tuple[str, tuple[Callable[[Any], Any], ...]]] = []
    texts = [""]
    for node in tree.body:
        if not isinstance(node, nodes.Output):
            return None
        for child in node.nodes:
            if isinstance(child, nodes.TemplateData):
                texts[-1] += child.data
                continue
            chain = []
            while (isinstance(child, nodes.Filter) and child.name in FILTERS and child.node is not None
                   and not (child.args or child.kwargs or child.dyn_args or child.dyn_kwargs)):
                chain.append(env.filters[child.name])
                child = child.node
            if not (isinstance(child, nodes.Name) and child.ctx == "load" and child.name in VARIABLES):
                return None
            slots.append((child.name, tuple(reversed(chain))))
            texts.append("")
    return _Plain("{!s}".join(map(_escaped, texts)), tuple(slots), tuple(texts))


def _escaped(text: str) -> str:
    """Literal text inside a str.format string."""
    return text.replace("{", "{{").replace("}", "}}")


def render_sandboxed(body: str, locale: str, values: Mapping[str, Any]) -> str:
    """The sandboxed render every template goes through unless `render` proves it plain,
    streamed so that its budget (time and size) is checked piece by piece."""
    check_structure(body)
    pieces: list[str] = []
    size = 0
    deadline = perf_counter() + RENDER_SECONDS
    try:
        for piece in _compiled(body, locale).generate(values):
            pieces.append(piece)
            size += len(piece)
            if size > RENDER_MAX_CHARS or perf_counter() > deadline:
                raise _over_budget()
    except _OverBudget as exc:
        raise _over_budget() from exc
    except SecurityError as exc:
        raise TemplateError("template_render", detail="why_template_render") from exc
    except (UndefinedError, TypeError, ValueError, AttributeError, OverflowError, ZeroDivisionError) as exc:
        raise TemplateError("template_render", detail="why_template_render") from exc
    return _tidied("".join(pieces))


def _tidied(text: str) -> str:
    """A rendered text as it is sent: a template written over several lines becomes one line
    (each run of whitespace one space), and no text starts or ends with a space."""
    return " ".join(text.split()) if "\n" in text else text.strip()


def render(body: str, locale: str, values: Mapping[str, Any]) -> str:
    """`render_sandboxed`'s text (tests/test_templates_fast.py proves them equal over random
    templates and values): a plain template is formatted from its slots without building a Jinja
    context per text; anything else, or any failure, goes through the sandbox."""
    check_structure(body)
    plain = _plain(body, locale)
    if plain is not None:
        try:
            text = plain.render(values)
        except Exception:  # the sandbox gives the error its proper wording
            return render_sandboxed(body, locale, values)
        return _tidied(text)
    return render_sandboxed(body, locale, values)


LoanRenderer = Callable[[str, str, int, int, date | None, int, int], str]
# A loan's own values, in the order a LoanRenderer takes them; the office's come from its details.
_LOAN_VALUES: dict[str, Callable[[tuple[Any, ...]], Any]] = {
    "name": lambda a: a[0], "masked_name": lambda a: mask_name(a[0]), "contract_no": lambda a: a[1],
    "amount_due": lambda a: Fen(a[2]), "outstanding": lambda a: Fen(a[3]), "due_date": lambda a: a[4] or "",
    "days_past_due": lambda a: a[5], "min_payment": lambda a: Fen(a[6]),
}


def loan_renderer(body: str, locale: str, office: Mapping[str, str]) -> LoanRenderer:
    """`render(body, locale, values_for(…, office=office))` as one call per text, given the loan's
    own values (name, contract_no, amount_due_fen, outstanding_fen, due_date, days_past_due,
    min_payment_fen) in that order. A batch renders one text per loan with the office's details
    fixed: a plain template gets those written into its text once, and each text then fills only
    the loan's slots, without a values dict. Anything else, or any failure, is `render` itself
    (tests/test_templates_fast.py proves the two equal). Raises TemplateError as check_structure."""
    check_structure(body)

    def general(*loan: Any) -> str:
        return render(body, locale, loan_values(office, *loan))

    plain = _plain(body, locale)
    if plain is None:
        return general
    fmt = [_escaped(plain.texts[0])]
    slots: list[Callable[[tuple[Any, ...]], Any]] = []  # each slot: the loan's value through its filters
    for (name, chain), after in zip(plain.slots, plain.texts[1:], strict=True):
        if name not in office:  # values_for lets an office detail of the same name win
            if name not in _LOAN_VALUES:
                return general  # render says why
            fmt.append("{!s}")
            slots.append(_through(_LOAN_VALUES[name], chain))
        else:  # the office's: the same in every text
            try:
                shown = str(_filtered(office[name], chain))
            except Exception:
                return general
            fmt.append(_escaped(shown))
        fmt.append(_escaped(after))
    joined = "".join(fmt)

    def fast(*loan: Any) -> str:
        try:
            text = joined.format(*[slot(loan) for slot in slots])
        except Exception:  # the sandbox gives the error its proper wording
            return general(*loan)
        return _tidied(text)

    return fast


def loan_values(office: Mapping[str, str], name: str, contract_no: str, amount_due_fen: int, outstanding_fen: int,
                due_date: date | None, days_past_due: int, min_payment_fen: int) -> dict[str, Any]:
    """`values_for` of a loan's values given in a LoanRenderer's order."""
    return values_for(name=name, contract_no=contract_no, amount_due_fen=amount_due_fen,
                      outstanding_fen=outstanding_fen, due_date=due_date, days_past_due=days_past_due,
                      min_payment_fen=min_payment_fen, office=office)


def _through(get: Callable[[tuple[Any, ...]], Any], chain: tuple[Callable[[Any], Any], ...]
             ) -> Callable[[tuple[Any, ...]], Any]:
    """One call for a slot: the value taken from the loan's values, then its filters in order."""
    def through(loan: tuple[Any, ...]) -> Any:
        return _filtered(get(loan), chain)

    return through if chain else get


def values_for(*, name: str, contract_no: str, amount_due_fen: int, outstanding_fen: int, due_date: date | None,
               days_past_due: int, min_payment_fen: int, office: Mapping[str, str]) -> dict[str, Any]:
    return {"name": name, "masked_name": mask_name(name), "contract_no": contract_no,
            "amount_due": Fen(amount_due_fen), "outstanding": Fen(outstanding_fen), "due_date": due_date or "",
            "days_past_due": days_past_due, "min_payment": Fen(min_payment_fen), **office}


SAMPLE_OFFICE = {"signature": "示例小贷", "office_phone": "0571-88886666", "repay_channel": "本公司APP"}


def sample_values(locale: str, office: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Values to preview a template with (the editor's live preview and lint): the office's own
    details where given, a sample office's for the rest (a template is judged before the office
    has filled in its details)."""
    return values_for(name="张三" if locale != "en" else "Zhang San", contract_no="HT20260001",
                      amount_due_fen=123450, outstanding_fen=1200000, due_date=date(2026, 11, 20), days_past_due=12,
                      min_payment_fen=50000, office={**SAMPLE_OFFICE, **(office or {})})


@dataclass(frozen=True)
class DefaultTemplate:
    key: str
    locale: str
    body: str


def default_templates() -> list[DefaultTemplate]:
    """The shipped set: every template key in every locale (a missing file is a packaging bug)."""
    out = []
    for locale in LOCALES:
        for key in TEMPLATE_KEYS:
            path = RESOURCES / locale / f"{key}.txt"
            out.append(DefaultTemplate(key, locale, path.read_text(encoding="utf-8").strip()))
    return out
