"""Reading a .jmap file as far as checked plain data: every check of loading, no entity built.

Untrusted bytes -> JSON within limits (jmap.io.jsontext) -> a known format version,
migrated -> the structure (jmap.io.structure: every entity through check_entity) ->
unique ids, dangling references left out or cleared with warnings, emotion anchors in
their stage, unknown fields not nested too deeply, pictures that can be shown. What is
left is the records a Document is built from (jmap.io.jmapfile), or that ``jmap validate``
counts; both read a file through ``check_data``, so they give the same errors and warnings.
"""

from __future__ import annotations

from jmap.core.names import COLLECTION_NAMES, REFERENCES, ref_targets
from jmap.io.errors import JmapError, LoadWarning, NewerVersionError
from jmap.io.jsontext import check_counts, decode_text, depth, find_surrogate, json_path, parse_json, read_file
from jmap.io.jsontext import too_large
from jmap.io.limits import FORMAT_MARKER, FORMAT_VERSION, MAX_EXTRA_DEPTH, MAX_FILE_BYTES, MAX_ITEMS
from jmap.io.limits import MAX_TOTAL_PICTURE_BYTES
from jmap.io.structure import TYPE_NAMES, check_structure
from jmap.io.validatorcode import field_names

#: Pictures (written last) are checked first: cards and notes refer to them.
CHECK_ORDER = ("pictures",) + tuple(name for name in COLLECTION_NAMES if name != "pictures")
_TOP_FIELDS = frozenset(("format", "version", "minor_version", "meta", *COLLECTION_NAMES))


class Checked:
    """A file's data after every check: what a Document is built from.

    ``meta`` is the meta record, ``records`` each collection's records to keep (in the
    file's order, collections in COLLECTION_NAMES order; dangling ones left out or their
    reference cleared), ``extra`` the unknown top-level fields and ``warnings`` what was
    worked around.
    """

    __slots__ = ("meta", "records", "extra", "warnings")

    def __init__(self, meta: dict, records: dict[str, list[dict]], extra: dict, warnings: list[LoadWarning]):
        self.meta, self.records, self.extra, self.warnings = meta, records, extra, warnings


def split_known(record: dict, known: frozenset[str]) -> tuple[dict, dict]:
    """(the fields the model knows, the others) of a record."""
    values = {k: v for k, v in record.items() if k in known}
    extra = {k: v for k, v in record.items() if k not in known}
    return values, extra


def _check_extra(record: dict, known: frozenset[str], source: str, where: str) -> None:
    extra = {k: v for k, v in record.items() if k not in known}
    if extra and depth(extra, MAX_EXTRA_DEPTH) > MAX_EXTRA_DEPTH:
        raise JmapError(source, "unknown fields are nested too deeply", where)


def _version(data: dict, source: str) -> dict:
    """``data`` at the current format version (migrated), or JmapError."""
    marker = data.get("format")
    if marker != FORMAT_MARKER:
        raise JmapError(source, f"not a jmap file (format marker is {marker!r}, expected 'jmap')", "$.format")
    version = data.get("version")
    if type(version) is float and version.is_integer():  # 1.0: a whole number, as for every integer field
        data = dict(data, version=int(version))
        version = data["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise JmapError(source, f"format version must be a whole number, found {version!r}", "$.version")
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            source,
            f"written by a newer jmap (format version {version}; this jmap reads up to {FORMAT_VERSION}). "
            "Update jmap to open it.",
            "$.version",
        )
    if version < FORMAT_VERSION:
        from jmap.io.migrations import migrate

        try:
            data = migrate(data, FORMAT_VERSION)
        except Exception as exc:  # a broken old file: say so instead of a traceback
            raise JmapError(source, f"cannot upgrade this version-{version} file: {exc}") from None
    return data


def check_data(data, source: str = "<memory>") -> Checked:
    """Check plain data of any version (as parsed from a file); JmapError names the first problem."""
    if not isinstance(data, dict):
        kind = TYPE_NAMES.get(type(data).__name__, type(data).__name__)
        raise JmapError(source, f"expected a JSON object at the top, found {kind}", "$")
    data = _version(data, source)
    for name in COLLECTION_NAMES:
        items = data.get(name)
        if isinstance(items, list) and len(items) > MAX_ITEMS:
            raise JmapError(source, f"too many entries ({len(items)}; the limit is {MAX_ITEMS})", f"$.{name}")
    check_structure(data, source)  # every entity through check_entity; whole floats become ints

    warnings: list[LoadWarning] = []
    meta = data["meta"]
    _check_extra(meta, field_names("meta")[0], source, "$.meta")
    seen: dict[str, str] = {}
    kept: dict[str, dict[str, dict]] = {name: {} for name in COLLECTION_NAMES}  # id -> record, in file order
    for name in CHECK_ORDER:
        records = data.get(name)
        if not records:
            continue
        known, required, _integers, _numbers = field_names(name)
        index = kept[name]
        refs = REFERENCES.get(name, {})
        for i, record in enumerate(records):
            path = f"$.{name}[{i}]"
            eid = record["id"]
            if eid in seen:
                raise JmapError(source, f"duplicate id {eid!r} (already used at {seen[eid]})", path + ".id")
            seen[eid] = path
            dangling = [f for f, target in refs.items() if (record.get(f) or f in required)
                        and not any(record.get(f) in kept[t] for t in ref_targets(target))]
            if dangling:
                f = dangling[0]
                noun = " or ".join(t[:-1] for t in ref_targets(refs[f]))
                what = f"refers to missing {noun} {record[f]!r}" if record.get(f) else f"has no {noun}"
                if name == "emotions" and f == "touchpoint":
                    record = dict(record, touchpoint="")
                    warnings.append(LoadWarning(f"{path}.touchpoint", f"{what}; anchor removed"))
                elif f == "picture" and dangling == ["picture"]:
                    record = dict(record, picture="")
                    warnings.append(LoadWarning(f"{path}.picture", f"{what}; shown without it"))
                else:
                    warnings.append(LoadWarning(f"{path}.{f}", f"{what}; this {name[:-1]} was left out"))
                    continue
            if name == "emotions" and record.get("touchpoint"):
                anchor = kept["touchpoints"][record["touchpoint"]]
                if anchor["stage"] != record["stage"]:  # it would be drawn in another stage's column
                    warnings.append(LoadWarning(f"{path}.touchpoint", f"touchpoint {anchor['id']!r} is in stage "
                                                f"{anchor['stage']!r}, not {record['stage']!r}; anchor removed"))
                    record = dict(record, touchpoint="")
            _check_extra(record, known, source, path)
            index[eid] = record
    warnings += _check_pictures(data.get("pictures") or [], source)
    extra = {}
    for key, value in data.items():
        if key not in _TOP_FIELDS:
            if depth(value, MAX_EXTRA_DEPTH) > MAX_EXTRA_DEPTH:
                raise JmapError(source, "unknown field is nested too deeply", f"$.{key}")
            extra[key] = value
    return Checked(meta, {name: list(index.values()) for name, index in kept.items()}, extra, warnings)


def pictures_too_large(records: list) -> str | None:
    """Why the pictures (plain records) together are over MAX_TOTAL_PICTURE_BYTES, or None."""
    total = sum(len(r.get("data", "")) * 3 // 4 for r in records)
    if total > MAX_TOTAL_PICTURE_BYTES:
        return (f"the pictures take {total / 1e6:.1f} MB together; the limit is "
                f"{MAX_TOTAL_PICTURE_BYTES // (1024 * 1024)} MB")
    return None


def _check_pictures(records: list, source: str) -> list[LoadWarning]:
    """Warnings for pictures that cannot be shown (they stay in the map, drawn as placeholders).

    All the pictures together beyond MAX_TOTAL_PICTURE_BYTES refuse the file (JmapError).
    Pillow (and the model's Picture) are imported only for a map that has pictures.
    """
    if not records:
        return []
    from jmap.core.model import Picture
    from jmap.io.pictures import picture_problem

    too_much = pictures_too_large(records)
    if too_much:
        raise JmapError(source, too_much, "$.pictures")
    known = field_names("pictures")[0]
    warnings = []
    for i, record in enumerate(records):
        values, extra = split_known(record, known)
        problem = picture_problem(Picture(**values, extra=extra))
        if problem:
            warnings.append(LoadWarning(f"$.pictures[{i}]", f"picture {record['id']!r} cannot be shown: {problem}; "
                                        "a placeholder is drawn instead"))
    return warnings


def check_bytes(raw: bytes, source: str = "<memory>") -> Checked:
    """Check the bytes of a .jmap file (see check_data)."""
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(source, len(raw))
    text = decode_text(raw, source)
    check_counts(text, source)
    data = parse_json(text, source)
    if "\\u" in text or "\\U" in text:
        where = find_surrogate(data, [])
        if where is not None:
            raise JmapError(source, "text contains an invalid character (a lone UTF-16 surrogate)", json_path(where))
    return check_data(data, source)


def check_file(path) -> Checked:
    """Check a .jmap file (a path); JmapError (UnreadableError when it cannot be read) on any problem."""
    return check_bytes(read_file(path), str(path))
