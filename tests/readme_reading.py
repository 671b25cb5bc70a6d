"""Reading README.md as an administrator does: its code spans, code blocks, command table
and JSON shapes, resolved against the real argparse parsers (tests/test_readme_contract.py).

Loose but honest: a command is whatever follows `portal-manager` in a code span or a code
block line (or, in a code span, a command's own name followed by more words, as in
"`mfa show --json`"); `[`, `]` and `\\|` are synopsis punctuation. Options are the words
starting with `--`, resolved against the parser of the command they follow.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
PROGRAM = "portal-manager"
HELP_OPTIONS = frozenset({"-h", "--help"})
# Where a command line in a code block ends: a pipe, a redirection, a comment.
END_OF_COMMAND = frozenset({"|", "<", ">", "#", "\\", "&&", ";", "…"})

CommandPath = tuple[str, ...]


# -- the parsers -------------------------------------------------------------------------------


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse offers no public way to walk its tree
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def all_commands(root: argparse.ArgumentParser) -> dict[CommandPath, argparse.ArgumentParser]:
    """Every parser of the tree by its command path; () is `portal-manager` itself."""
    found: dict[CommandPath, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, path: CommandPath) -> None:
        found[path] = parser
        for name, child in subcommands(parser).items():
            walk(child, (*path, name))

    walk(root, ())
    return found


def options_of(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {name: action for action in parser._actions for name in action.option_strings}


def positionals_of(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [action for action in parser._actions
            if not action.option_strings and not isinstance(action, argparse._SubParsersAction)]


def shown(path: CommandPath) -> str:
    return " ".join((PROGRAM, *path))


# -- command mentions --------------------------------------------------------------------------


@dataclass
class Mention:
    """One command line named in the README, resolved against the parsers."""

    line: int
    text: str
    path: CommandPath = ()
    options: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def resolve(words: list[str], root: argparse.ArgumentParser, line: int, text: str) -> Mention:
    mention = Mention(line, text)
    parser = root
    positionals = positionals_of(parser)
    index = 0
    while index < len(words):
        word = words[index]
        index += 1
        if word in END_OF_COMMAND:
            break
        if word.startswith("-") and len(word) > 1 and word != "-":
            name = word.split("=", 1)[0]
            action = options_of(parser).get(name)
            if action is None:
                mention.problems.append(
                    f"README line {line}: `{text}`: `{shown(mention.path)}` has no option {name}")
                continue
            mention.options.add(name)
            takes_value = action.nargs != 0 and "=" not in word
            if takes_value and index < len(words) and not words[index].startswith("--"):
                check_choices(mention, action, words[index], name)
                index += 1
            continue
        children = subcommands(parser)
        if children:
            if word in children:
                mention.path = (*mention.path, word)
                parser = children[word]
                positionals = positionals_of(parser)
            elif re.fullmatch(r"[a-z][a-z-]*", word):
                mention.problems.append(
                    f"README line {line}: `{text}`: `{shown(mention.path)}` has no command "
                    f"`{word}` (it has: {', '.join(children)})")
                break
            else:
                break  # a placeholder such as COMMAND
        elif positionals:
            check_choices(mention, positionals.pop(0), word, "its argument")
    return mention


def check_choices(mention: Mention, action: argparse.Action, word: str, what: str) -> None:
    """A value written as `a|b` must offer exactly what argparse accepts."""
    if action.choices is None or not re.fullmatch(r"[a-z0-9|-]+", word):
        return
    unknown = set(word.split("|")) - set(action.choices)
    if unknown:
        mention.problems.append(
            f"README line {mention.line}: `{mention.text}`: {what} accepts "
            f"{'|'.join(action.choices)}, not {', '.join(sorted(unknown))}")


def synopsis_words(text: str) -> list[str]:
    text = text.replace("\\|", "|").replace("[", " ").replace("]", " ")
    return text.split()


def mentions_in(
    text: str, root: argparse.ArgumentParser, line: int, *, span: bool
) -> list[Mention]:
    """The commands named in one code span or one line of a code block."""
    found = []
    for match in re.finditer(rf"(?:^|(?<=\s)){re.escape(PROGRAM)}(?=\s|$)", text):
        words = synopsis_words(text[match.end():])
        found.append(resolve(words, root, line, text[match.start():].strip()))
    if not found and span:
        words = synopsis_words(text)
        if len(words) >= 2 and words[0] in subcommands(root):
            found.append(resolve(words, root, line, text))
    return found


# -- the README's parts ------------------------------------------------------------------------


@dataclass
class Span:
    line: int
    text: str


@dataclass
class Section:
    """The text under one heading, up to the next heading of any level."""

    heading: str
    heading_line: int
    prose: list[tuple[int, str]] = field(default_factory=list)  # (line, text) outside blocks
    blocks: list[tuple[int, str, str]] = field(default_factory=list)  # (line, language, body)


def sections(readme: str) -> list[Section]:
    found = [Section("", 0)]
    block: list[str] | None = None
    block_start, language = 0, ""
    for number, line in enumerate(readme.splitlines(), start=1):
        if line.startswith("```"):
            if block is None:
                block, block_start, language = [], number, line[3:].strip()
            else:
                found[-1].blocks.append((block_start, language, "\n".join(block)))
                block = None
        elif block is not None:
            block.append(line)
        elif line.startswith("#"):
            found.append(Section(line.lstrip("#").strip(), number))
        else:
            found[-1].prose.append((number, line))
    return found


def paragraphs(section: Section) -> list[tuple[int, str]]:
    """The heading, then the prose as paragraphs (a code span may run over lines), each with
    its first line; every table row stands alone."""
    found = [(section.heading_line, section.heading)]
    previous = -1
    for line, text in section.prose:
        joins = (previous == line - 1 and text.strip() and not text.startswith("|")
                 and found[-1][1].strip() and not found[-1][1].startswith("|")
                 and found[-1][0] != section.heading_line)
        if joins:
            found[-1] = (found[-1][0], f"{found[-1][1]}\n{text.strip()}")
        elif text.strip():
            found.append((line, text))
        previous = line
    return found


def code_spans(line: int, text: str) -> list[Span]:
    # In a table, `\|` is a pipe inside a cell; GitHub shows it as `|` in the code span.
    return [Span(line + text.count("\n", 0, match.start()), " ".join(match.group(1).split()))
            for match in re.finditer(r"`([^`]+)`", text)]


def table_cells(row: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


@dataclass
class CommandRow:
    """A row of the command table: the synopsis cell and the description."""

    line: int
    synopsis: str
    description: str
    mentions: list[Mention]


def command_rows(readme: str, root: argparse.ArgumentParser) -> list[CommandRow]:
    rows = []
    for section in sections(readme):
        for line, text in section.prose:
            if not text.startswith("|"):
                continue
            cells = table_cells(text)
            mentions = [mention for span in code_spans(line, cells[0])
                        if span.text.startswith(PROGRAM)
                        for mention in mentions_in(span.text, root, line, span=True)]
            if mentions:
                rows.append(CommandRow(line, cells[0], " | ".join(cells[1:]), mentions))
    return rows


def all_mentions(readme: str, root: argparse.ArgumentParser) -> list[Mention]:
    """Every command named anywhere: code spans in the prose, and lines of shell blocks."""
    found = []
    for section in sections(readme):
        for line, text in paragraphs(section):
            for span in code_spans(line, text):
                found.extend(mentions_in(span.text, root, span.line, span=True))
        for start, language, body in section.blocks:
            if language not in ("sh", ""):
                continue
            for offset, text in enumerate(body.splitlines(), start=1):
                found.extend(mentions_in(text, root, start + offset, span=False))
    return found


def option_spans(readme: str) -> list[Span]:
    """Code spans that are an option on their own, such as `--secret` or `--portal DIR`."""
    return [span for section in sections(readme)
            for line, text in paragraphs(section)
            for span in code_spans(line, text) if span.text.startswith("--")]


# -- JSON shapes -------------------------------------------------------------------------------


@dataclass
class Shape:
    """The fields the README documents for a JSON value: an object's keys, each with the
    shape of its value when that is documented too; `is_list` for a list of such objects."""

    fields: dict[str, Shape | None] = field(default_factory=dict)
    is_list: bool = False

    def merge(self, other: Shape) -> None:
        self.is_list = self.is_list or other.is_list
        for name, inner in other.fields.items():
            mine = self.fields.get(name)
            if mine is None:
                self.fields[name] = inner
            elif inner is not None:
                mine.merge(inner)


def shape_of_notation(text: str) -> Shape:
    """The README's shorthand: `{"a", "b": [{"c", "d"}]}`, `[{"a"}]` or `"a": {"b"}`."""
    tokens = re.findall(r'"[^"]*"|[{}\[\]:,]', text)
    if tokens and tokens[0].startswith('"'):
        tokens = ["{", *tokens, "}"]
    position = 0

    def take() -> str:
        nonlocal position
        position += 1
        return tokens[position - 1]

    def value() -> Shape:
        token = take()
        if token == "[":
            inner = value() if tokens[position] != "]" else Shape()
            take()  # "]"
            return Shape(inner.fields, is_list=True)
        shape = Shape()
        while tokens[position] != "}":
            name = take().strip('"')
            inner = None
            if tokens[position] == ":":
                take()
                inner = value()
            shape.fields[name] = inner
            if tokens[position] == ",":
                take()
        take()  # "}"
        return shape

    return value()


def shape_of_example(example: object) -> Shape | None:
    """The shape of a JSON example; an empty list or a scalar documents no inner fields."""
    if isinstance(example, dict):
        return Shape({name: shape_of_example(inner) for name, inner in example.items()})
    if isinstance(example, list) and example:
        inner = shape_of_example(example[0])
        return Shape(inner.fields, is_list=True) if inner is not None else None
    return None


def is_shape_notation(text: str) -> bool:
    return bool(re.match(r'(\[?\{\s*"|"[a-z_]+":\s*[\[{])', text))


def documented_shape(readme: str, root: argparse.ArgumentParser, path: CommandPath) -> Shape | None:
    """What the README says `path`'s JSON holds: the shapes in its table rows, and in the
    sections whose heading names it (their shorthand spans and ```json examples)."""
    shape, found = Shape(), False
    for row in command_rows(readme, root):
        if any(mention.path == path for mention in row.mentions):
            for span in code_spans(row.line, row.description):
                if is_shape_notation(span.text):
                    shape.merge(shape_of_notation(span.text))
                    found = True
    for section in sections(readme):
        named = [mention for span in code_spans(section.heading_line, section.heading)
                 for mention in mentions_in(span.text, root, section.heading_line, span=True)]
        if not any(mention.path == path for mention in named):
            continue
        for line, text in paragraphs(section)[1:]:
            for span in code_spans(line, text):
                if is_shape_notation(span.text):
                    shape.merge(shape_of_notation(span.text))
                    found = True
        for _, language, body in section.blocks:
            if language == "json":
                example = shape_of_example(json.loads(body))
                if example is not None:
                    shape.merge(example)
                    found = True
    return shape if found else None


def differences(shape: Shape, value: object, where: str) -> list[str]:
    """Each field the README documents that `value` lacks, and each one it has undocumented."""
    if shape.is_list:
        if not isinstance(value, list):
            return [f"{where}: the README documents a list, the output is {type(value).__name__}"]
        return [problem for index, item in enumerate(value)
                for problem in differences(Shape(shape.fields), item, f"{where}[{index}]")]
    if not isinstance(value, dict):
        return [f"{where}: the README documents an object, the output is {type(value).__name__}"]
    problems = [f"{where}: the README documents field `{name}`, the output has none"
                for name in shape.fields if name not in value]
    problems += [f"{where}: the output has field `{name}`, the README does not document it"
                 for name in value if name not in shape.fields]
    for name, inner in shape.fields.items():
        if inner is not None and name in value:
            problems += differences(inner, value[name], f"{where}.{name}")
    return problems
