#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Kindling's JSON Schema, the starter project and the valid fixtures.

Validates data/starter/starter.kindling and every tests/fixtures/valid/*.kindling
against data/kindling.schema.json (JSON Schema draft 2020-12, with format
checking), checks that the schema itself is a valid schema and rejects known
bad documents, and checks what the schema cannot express: that IDs are unique,
that every reference points at an entity of the right kind, and that the
starter project has the content the app promises (seven principles, a full
card deck, a board, an assessment, a journey map, a gains log, a session and
readable artwork).

Usage: check-schema.py [SOURCE_ROOT]
Prints TAP and exits non-zero if any check fails.
"""

import base64
import copy
import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

try:
    import jsonschema
except ImportError:
    print("1..0 # SKIP python3-jsonschema is not installed")
    sys.exit(0)


class Failure(Exception):
    """A check failed; the message explains what was wrong."""


def expect(condition, message):
    if not condition:
        raise Failure(message)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# Schema ----------------------------------------------------------------------

def make_validator(schema):
    checker = jsonschema.FormatChecker()

    # jsonschema checks "date-time" only when an optional module is
    # installed; check the calendar date and clock ourselves so that the
    # result is the same everywhere. The pattern in the schema checks the form.
    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        if isinstance(value, str):
            datetime.datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")
        return True

    return jsonschema.Draft202012Validator(schema, format_checker=checker)


def schema_errors(validator, document):
    errors = sorted(validator.iter_errors(document),
                    key=lambda e: [str(p) for p in e.absolute_path])
    lines = []
    for e in errors:
        message = e.message
        # For anyOf/oneOf the useful part is why each branch failed.
        if e.context:
            message += " (%s)" % "; ".join(sorted({c.message for c in e.context}))
        lines.append("%s: %s" % (json_path(e.absolute_path), message))
    return lines


def json_path(parts):
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += "[%d]" % part
        else:
            text += ("." if text else "") + str(part)
    return text or "(top level)"


def check_valid(validator, document):
    expect(validator is not None, "the schema could not be loaded")
    errors = schema_errors(validator, document)
    expect(not errors, "does not match the schema:\n" + "\n".join(errors[:20]))


# Each entry breaks a valid document in one way that the schema must catch.
def bad_documents(every_kind):
    def edit(change):
        doc = copy.deepcopy(every_kind)
        change(doc)
        return doc

    def drop(key):
        def change(obj):
            del obj[key]
        return change

    return [
        ("missing format", {"version": 1}),
        ("missing version", {"format": "kindling"}),
        ("wrong format", {"format": "kindlin", "version": 1}),
        ("version 0", {"format": "kindling", "version": 0}),
        ("version as text", {"format": "kindling", "version": "1"}),
        ("principle without id",
         edit(lambda d: drop("id")(d["principles"][0]))),
        ("empty id", edit(lambda d: d["gains"][0].update(id=""))),
        ("colour without #",
         edit(lambda d: d["principles"][0].update(color="2e6b4f"))),
        ("short colour", edit(lambda d: d["principles"][0].update(color="#fff"))),
        ("impact 6", edit(lambda d: d["gains"][0].update(impact=6))),
        ("impact 0", edit(lambda d: d["gains"][0].update(impact=0))),
        ("impact as text", edit(lambda d: d["gains"][0].update(impact="high"))),
        ("unknown status",
         edit(lambda d: d["gains"][0].update(status="done"))),
        ("impossible date",
         edit(lambda d: d["gains"][0].update(date="2026-02-30"))),
        ("date in the wrong order",
         edit(lambda d: d["gains"][0].update(date="20/02/2026"))),
        ("impossible timestamp",
         edit(lambda d: d["gains"][0].update(created="2026-02-29T09:00:00Z"))),
        ("timestamp without Z",
         edit(lambda d: d["gains"][0].update(created="2026-02-10T09:00:00"))),
        ("time 24:00", edit(lambda d: d["sessions"][0].update(start="24:00"))),
        ("emotion 3",
         edit(lambda d: d["journeys"][0]["emotions"][0].update(value=3))),
        ("emotion -3",
         edit(lambda d: d["journeys"][0]["emotions"][0].update(value=-3))),
        ("negative votes",
         edit(lambda d: d["boards"][0]["notes"][0].update(votes=-1))),
        ("negative dots",
         edit(lambda d: d["boards"][0]["notes"][0]["dots"].update(Ann=-1))),
        ("dots as text",
         edit(lambda d: d["boards"][0]["notes"][0]["dots"].update(Ann="two"))),
        ("dots from nobody",
         edit(lambda d: d["boards"][0]["notes"][0]["dots"].update({"": 1}))),
        ("silent as text", edit(lambda d: d["boards"][0].update(silent="yes"))),
        ("voters not a list", edit(lambda d: d["boards"][0].update(voters="Ann"))),
        ("short theme colour",
         edit(lambda d: d["boards"][0]["clusters"][0].update(color="#abc"))),
        ("negative minutes",
         edit(lambda d: d["decks"][0]["cards"][0].update(minutes=-1))),
        ("scale_max 1", edit(lambda d: d["assessments"][0].update(scale_max=1))),
        ("score as text",
         edit(lambda d: d["assessments"][0]["teams"][0]["scores"].update(
             {"st-1": "four"}))),
        ("cell without a lane",
         edit(lambda d: drop("lane")(d["journeys"][0]["cells"][0]))),
        ("emotion without a stage",
         edit(lambda d: drop("stage")(d["journeys"][0]["emotions"][0]))),
        ("unknown unit",
         edit(lambda d: d["standards"][0]["target"].update(unit="weeks"))),
        ("unknown channel",
         edit(lambda d: d["standards"][0]["target"].update(channel="fax"))),
        ("unknown voice",
         edit(lambda d: d["boards"][0]["notes"][0].update(voice="customer"))),
        ("unknown lane kind",
         edit(lambda d: d["journeys"][0]["lanes"][0].update(kind="emotions"))),
        ("unknown agenda kind",
         edit(lambda d: d["sessions"][0]["agenda"][0].update(kind="lunch"))),
        ("unknown duplex", edit(lambda d: d["print"].update(duplex="both"))),
        ("journey state", edit(lambda d: d["journeys"][0].update(state="past"))),
        ("target as text",
         edit(lambda d: d["standards"][0].update(target="2 days"))),
        ("null that is not allowed",
         edit(lambda d: d["gains"][0].update(principles=None))),
        ("done as text",
         edit(lambda d: d["sessions"][0]["actions"][0].update(done="yes"))),
        ("unknown mime",
         edit(lambda d: d["assets"]["img-svg"].update(mime="image/gif"))),
        ("base64 with a space",
         edit(lambda d: d["assets"]["img-svg"].update(data="PHN2 Zz4="))),
        ("base64 badly padded",
         edit(lambda d: d["assets"]["img-svg"].update(data="PHN2Zz4"))),
        ("asset without data",
         edit(lambda d: drop("data")(d["assets"]["img-svg"]))),
        ("principles not a list",
         edit(lambda d: d.update(principles={"id": "p-9"}))),
    ]


# References --------------------------------------------------------------------

def collect_ids(doc):
    """Returns {kind: set of ids} and a list of duplicate ids with paths."""
    seen = {}
    duplicates = []
    kinds = {}

    def add(kind, obj, path):
        if not isinstance(obj, dict) or "id" not in obj:
            return
        ident = obj["id"]
        kinds.setdefault(kind, set()).add(ident)
        if ident in seen:
            duplicates.append("%s and %s both use the id %r"
                              % (seen[ident], path, ident))
        else:
            seen[ident] = path

    def each(parent, key, kind, path):
        for i, item in enumerate(parent.get(key, [])):
            add(kind, item, "%s%s[%d]" % (path, key, i))
            yield i, item, "%s%s[%d]." % (path, key, i)

    for key in ("principles", "standards", "gains"):
        list(each(doc, key, key, ""))
    for _i, deck, path in each(doc, "decks", "decks", ""):
        list(each(deck, "cards", "cards", path))
    for _i, board, path in each(doc, "boards", "boards", ""):
        list(each(board, "clusters", "clusters", path))
        list(each(board, "notes", "notes", path))
    for _i, assessment, path in each(doc, "assessments", "assessments", ""):
        list(each(assessment, "statements", "statements", path))
        list(each(assessment, "teams", "teams", path))
    for _i, journey, path in each(doc, "journeys", "journeys", ""):
        list(each(journey, "stages", "stages", path))
        list(each(journey, "lanes", "lanes", path))
    for _i, session, path in each(doc, "sessions", "sessions", ""):
        for key in ("agenda", "captures", "actions"):
            list(each(session, key, key, path))
    for key in doc.get("assets", {}):
        if key in seen:
            duplicates.append("%s and assets.%s both use the id %r"
                              % (seen[key], key, key))
        seen[key] = "assets." + key
    kinds["assets"] = set(doc.get("assets", {}))
    return kinds, duplicates


AGENDA_REF_KINDS = {
    "cards": "decks",
    "board": "boards",
    "assessment": "assessments",
    "journey": "journeys",
}


def dangling_references(doc):
    """Lists every reference that does not point at an entity of its kind."""
    ids, _duplicates = collect_ids(doc)
    problems = []

    def check(value, pool, path, what):
        if value is None:
            return
        if value not in pool:
            problems.append("%s: no %s with id %r" % (path, what, value))

    def ids_of(items):
        return {item["id"] for item in items if "id" in item}

    principles = ids.get("principles", set())
    for i, p in enumerate(doc.get("principles", [])):
        check(p.get("image"), ids["assets"], "principles[%d].image" % i, "asset")
    for i, s in enumerate(doc.get("standards", [])):
        for j, ref in enumerate(s.get("principles", [])):
            check(ref, principles, "standards[%d].principles[%d]" % (i, j),
                  "principle")
    for i, deck in enumerate(doc.get("decks", [])):
        for j, card in enumerate(deck.get("cards", [])):
            check(card.get("principle"), principles,
                  "decks[%d].cards[%d].principle" % (i, j), "principle")
    for i, board in enumerate(doc.get("boards", [])):
        clusters = ids_of(board.get("clusters", []))
        for j, note in enumerate(board.get("notes", [])):
            path = "boards[%d].notes[%d]" % (i, j)
            check(note.get("principle"), principles, path + ".principle",
                  "principle")
            check(note.get("cluster"), clusters, path + ".cluster",
                  "cluster on this board")
    for i, assessment in enumerate(doc.get("assessments", [])):
        statements = ids_of(assessment.get("statements", []))
        for j, st in enumerate(assessment.get("statements", [])):
            check(st.get("principle"), principles,
                  "assessments[%d].statements[%d].principle" % (i, j),
                  "principle")
        for j, team in enumerate(assessment.get("teams", [])):
            for key in team.get("scores", {}):
                check(key, statements,
                      "assessments[%d].teams[%d].scores.%s" % (i, j, key),
                      "statement in this assessment")
    for i, journey in enumerate(doc.get("journeys", [])):
        stages = ids_of(journey.get("stages", []))
        lanes = ids_of(journey.get("lanes", []))
        for j, cell in enumerate(journey.get("cells", [])):
            path = "journeys[%d].cells[%d]" % (i, j)
            check(cell.get("stage"), stages, path + ".stage",
                  "stage in this journey")
            check(cell.get("lane"), lanes, path + ".lane",
                  "lane in this journey")
        for j, emotion in enumerate(journey.get("emotions", [])):
            check(emotion.get("stage"), stages,
                  "journeys[%d].emotions[%d].stage" % (i, j),
                  "stage in this journey")
    for i, gain in enumerate(doc.get("gains", [])):
        for j, ref in enumerate(gain.get("principles", [])):
            check(ref, principles, "gains[%d].principles[%d]" % (i, j),
                  "principle")
        for j, ref in enumerate(gain.get("standards", [])):
            check(ref, ids.get("standards", set()),
                  "gains[%d].standards[%d]" % (i, j), "standard")
    for i, session in enumerate(doc.get("sessions", [])):
        items = ids_of(session.get("agenda", []))
        for j, item in enumerate(session.get("agenda", [])):
            kind = AGENDA_REF_KINDS.get(item.get("kind"))
            path = "sessions[%d].agenda[%d].ref" % (i, j)
            if kind:
                check(item.get("ref"), ids.get(kind, set()), path, kind[:-1])
            elif item.get("ref") is not None:
                problems.append("%s: a %s item refers to nothing, got %r"
                                % (path, item.get("kind"), item.get("ref")))
        for j, capture in enumerate(session.get("captures", [])):
            path = "sessions[%d].captures[%d]" % (i, j)
            check(capture.get("item"), items, path + ".item",
                  "agenda item in this session")
            check(capture.get("card"), ids.get("cards", set()), path + ".card",
                  "card")
    return problems


def check_references(doc):
    _ids, duplicates = collect_ids(doc)
    expect(not duplicates, "duplicate ids:\n" + "\n".join(duplicates))
    problems = dangling_references(doc)
    expect(not problems, "dangling references:\n" + "\n".join(problems))


# Key order -----------------------------------------------------------------------

def resolve(schema, node):
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = dict(schema["$defs"][name], **{k: v for k, v in node.items()
                                               if k != "$ref"})
        if "$ref" in schema["$defs"][name]:
            node["$ref"] = schema["$defs"][name]["$ref"]
        else:
            node.pop("$ref", None)
    return node


def key_order_problems(schema, node, value, path, problems):
    """Checks that object keys follow the order the schema lists them in."""
    node = resolve(schema, node)
    for option in node.get("oneOf", []) + node.get("anyOf", []):
        option = resolve(schema, option)
        if option.get("type") == "object" and isinstance(value, dict):
            node = option
    if isinstance(value, dict):
        props = node.get("properties")
        if props:
            order = list(props)
            known = [k for k in value if k in props]
            if known != sorted(known, key=order.index):
                problems.append("%s: keys %s are not in the order %s"
                                % (path or "(top level)", known,
                                   [k for k in order if k in value]))
            for key in known:
                key_order_problems(schema, props[key], value[key],
                                   (path + "." if path else "") + key, problems)
        elif isinstance(node.get("additionalProperties"), dict):
            for key, item in value.items():
                key_order_problems(schema, node["additionalProperties"], item,
                                   path + "." + key, problems)
    elif isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            key_order_problems(schema, node["items"], item,
                               "%s[%d]" % (path, i), problems)


# Starter content ---------------------------------------------------------------

PRINCIPLE_NAMES = ["Equality", "Respect", "Commitment", "Understanding",
                   "Positivity", "Empowerment", "Gratitude"]
AREAS = ["No matter what", "Getting in touch", "Getting things done",
         "Thinking ahead"]
NOTE_W, NOTE_H = 160, 110


def luminance(colour):
    def channel(c):
        c = int(c, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(colour):
    return 1.05 / (luminance(colour) + 0.05)


def check_principles(doc):
    principles = doc["principles"]
    expect([p["name"] for p in principles] == PRINCIPLE_NAMES,
           "principles are %r" % [p.get("name") for p in principles])
    colours = [p["color"].lower() for p in principles]
    expect(len(set(colours)) == 7, "principle colours repeat: %r" % colours)
    for p in principles:
        ratio = contrast_with_white(p["color"])
        expect(ratio >= 4.5, "%s: white text on %s has contrast %.2f, "
               "below 4.5" % (p["id"], p["color"], ratio))
        expect(p["summary"] and len(p["summary"]) < 100,
               "%s: needs a one-line summary" % p["id"])
        expect(3 <= len(p["behaviours"]) <= 4,
               "%s: has %d behaviours" % (p["id"], len(p["behaviours"])))
        expect(all(b.strip() for b in p["behaviours"]),
               "%s: has an empty behaviour" % p["id"])
        asset = doc["assets"].get(p["image"])
        expect(asset is not None and asset["mime"] == "image/svg+xml",
               "%s: image is not an SVG asset" % p["id"])


def check_artwork(doc):
    images = {p["image"] for p in doc["principles"]}
    expect(set(doc["assets"]) == images,
           "assets %r are not exactly the principle images" % sorted(doc["assets"]))
    sizes = []
    for key in sorted(doc["assets"]):
        data = base64.b64decode(doc["assets"][key]["data"], validate=True)
        sizes.append(len(data))
        expect(1000 <= len(data) <= 5000,
               "%s is %d bytes; artwork should be small but real" % (key, len(data)))
        root = ElementTree.fromstring(data)
        expect(root.tag == "{http://www.w3.org/2000/svg}svg",
               "%s: the root element is %s" % (key, root.tag))
        expect(root.get("viewBox") == "0 0 400 250",
               "%s: viewBox is %r" % (key, root.get("viewBox")))
        tags = {el.tag.split("}")[-1] for el in root.iter()}
        expect(not tags & {"text", "tspan", "image", "script", "foreignObject"},
               "%s: uses %s" % (key, sorted(tags & {"text", "tspan", "image",
                                                   "script", "foreignObject"})))
    expect(len(set(doc["assets"][k]["data"] for k in doc["assets"])) == 7,
           "two principles share the same artwork")


def render_artwork(doc):
    """Renders each SVG with rsvg-convert, when it is installed."""
    tool = shutil.which("rsvg-convert")
    if tool is None:
        return "rsvg-convert is not installed"
    with tempfile.TemporaryDirectory() as tmp:
        for key, asset in sorted(doc["assets"].items()):
            svg = os.path.join(tmp, key + ".svg")
            png = os.path.join(tmp, key + ".png")
            with open(svg, "wb") as f:
                f.write(base64.b64decode(asset["data"]))
            result = subprocess.run([tool, "-o", png, svg],
                                    capture_output=True, text=True)
            expect(result.returncode == 0,
                   "%s does not render: %s" % (key, result.stderr.strip()))
            with open(png, "rb") as f:
                expect(f.read(8) == b"\x89PNG\r\n\x1a\n",
                       "%s: rsvg-convert wrote no PNG" % key)
    return None


def check_standards(doc):
    standards = doc["standards"]
    expect(12 <= len(standards) <= 16, "%d standards" % len(standards))
    areas = []
    for s in standards:
        if s["area"] not in areas:
            areas.append(s["area"])
        expect(s["title"] and s["detail"], "%s: needs title and detail" % s["id"])
        expect(s["question"].endswith("?"),
               "%s: the measurement question should be a question" % s["id"])
        expect(s["principles"], "%s: serves no principle" % s["id"])
    expect(areas == AREAS, "areas are %r" % areas)
    with_target = [s for s in standards if s["target"] is not None]
    units = {s["target"]["unit"] for s in with_target}
    expect(len(with_target) >= 6, "only %d standards have targets" % len(with_target))
    expect({"rings", "working-days", "percent"} <= units, "units used: %r" % units)
    phone = [s for s in with_target if s["target"]["channel"] == "phone"]
    expect(phone and phone[0]["target"] == {"value": 5, "unit": "rings",
                                            "channel": "phone"},
           "the phone standard should be 5 rings")
    expect(sum(1 for s in standards if s["tsm"]) >= 8,
           "too few standards carry TSM codes")


def check_deck(doc):
    expect(len(doc["decks"]) == 1, "%d decks" % len(doc["decks"]))
    deck = doc["decks"][0]
    expect(deck["title"] == "Living our principles", "deck is %r" % deck["title"])
    cards = deck["cards"]
    expect(len(cards) >= 21, "%d cards" % len(cards))
    for p in doc["principles"]:
        n = sum(1 for c in cards if c["principle"] == p["id"])
        expect(n == 3, "%s has %d cards" % (p["id"], n))
    for c in cards:
        expect(1 <= len(c["follow_ups"]) <= 3,
               "%s: %d follow-ups" % (c["id"], len(c["follow_ups"])))
        expect(2 <= c["minutes"] <= 5, "%s: %d minutes" % (c["id"], c["minutes"]))
        expect(c["title"] and c["prompt"], "%s: empty text" % c["id"])


def check_board(doc):
    expect(len(doc["boards"]) == 1, "%d boards" % len(doc["boards"]))
    board = doc["boards"][0]
    expect(board["title"] == "Customer culture in a year",
           "board is %r" % board["title"])
    expect(board["question"], "board has no question")
    expect(board["votes_per_person"] == 3, "votes_per_person is not 3")
    clusters = {c["id"]: c for c in board["clusters"]}
    expect(3 <= len(clusters) <= 4, "%d clusters" % len(clusters))
    notes = board["notes"]
    expect(16 <= len(notes) <= 20, "%d notes" % len(notes))
    for n in notes:
        c = clusters.get(n["cluster"])
        expect(c is not None, "%s is in no cluster" % n["id"])
        expect(c["x"] <= n["x"] and n["x"] + NOTE_W <= c["x"] + c["width"] and
               c["y"] <= n["y"] and n["y"] + NOTE_H <= c["y"] + c["height"],
               "%s sticks out of %s" % (n["id"], c["id"]))
    for a in clusters.values():
        for b in clusters.values():
            expect(a is b or a["x"] + a["width"] <= b["x"] or
                   b["x"] + b["width"] <= a["x"] or
                   a["y"] + a["height"] <= b["y"] or
                   b["y"] + b["height"] <= a["y"],
                   "%s overlaps %s" % (a["id"], b["id"]))
    voices = {n["voice"] for n in notes}
    expect(len(voices) >= 3, "voices: %r" % voices)
    expect(sum(n["votes"] for n in notes) > 0, "nobody voted")
    expect(any(n["votes"] == 0 for n in notes) or
           len({n["votes"] for n in notes}) > 3, "votes look made up")


def check_assessment(doc):
    expect(len(doc["assessments"]) == 1, "%d assessments" % len(doc["assessments"]))
    a = doc["assessments"][0]
    expect(a["scale_max"] == 5, "scale_max is %r" % a["scale_max"])
    statements = a["statements"]
    expect(len(statements) == 5, "%d statements" % len(statements))
    expect(all(s["principle"] for s in statements),
           "a statement is not linked to a principle")
    expect(4 <= len(a["teams"]) <= 5, "%d teams" % len(a["teams"]))
    names = [t["name"] for t in a["teams"]]
    for name in ("Income", "Neighbourhoods", "Customer Contact Centre"):
        expect(name in names, "no team %r" % name)
    expect(any(n.startswith("Repairs") for n in names), "no repairs team")
    scores = []
    for t in a["teams"]:
        expect(t["comment"], "%s has no comment" % t["id"])
        expect(set(t["scores"]) == {s["id"] for s in statements},
               "%s did not score every statement" % t["id"])
        scores += t["scores"].values()
    expect(all(1 <= s <= a["scale_max"] for s in scores), "score out of range")
    middle = sum(1 for s in scores if 3 <= s <= 4.5)
    expect(middle >= 0.75 * len(scores), "scores are not mostly 3 to 4.5")
    expect(min(scores) <= 2.5, "no team admits a weak spot")


def check_journey(doc):
    expect(len(doc["journeys"]) == 1, "%d journeys" % len(doc["journeys"]))
    j = doc["journeys"][0]
    expect(j["title"] == "Reporting a repair", "journey is %r" % j["title"])
    expect(j["state"] == "current", "state is %r" % j["state"])
    expect(j["persona"] and j["scenario"], "no persona or scenario")
    expect(5 <= len(j["stages"]) <= 6, "%d stages" % len(j["stages"]))
    kinds = [lane["kind"] for lane in j["lanes"]]
    wanted = ["actions", "touchpoints", "thoughts", "feelings", "pain-points",
              "opportunities", "owner"]
    expect(all(k in kinds for k in wanted), "lanes: %r" % kinds)
    pairs = {(c["stage"], c["lane"]) for c in j["cells"] if c["text"]}
    total = len(j["stages"]) * len(j["lanes"])
    expect(len(pairs) == len(j["cells"]), "a cell is empty or repeated")
    expect(len(pairs) >= 0.75 * total,
           "only %d of %d cells are filled" % (len(pairs), total))
    expect([e["stage"] for e in j["emotions"]] == [s["id"] for s in j["stages"]],
           "there should be one emotion per stage, in stage order")
    values = [e["value"] for e in j["emotions"]]
    expect(min(values) < 0 < max(values), "the emotion curve is flat: %r" % values)


def check_gains(doc):
    gains = doc["gains"]
    expect(18 <= len(gains) <= 22, "%d gains" % len(gains))
    text_fields = ("date", "title", "team", "who", "before", "change",
                   "evidence", "created", "modified")
    for g in gains:
        for key in text_fields:
            expect(g.get(key), "%s: %s is empty" % (g["id"], key))
        expect(g["principles"] and g["standards"],
               "%s is not linked to principles and standards" % g["id"])
        expect("2026-08-22" <= g["date"] <= "2026-11-22",
               "%s: %s is not in the three months before 2026-11-22"
               % (g["id"], g["date"]))
        expect(g["created"][:10] >= g["date"] and g["modified"] >= g["created"]
               and g["modified"] <= doc["modified"],
               "%s: created/modified do not follow the date" % g["id"])
    dates = [g["date"] for g in gains]
    expect(dates == sorted(dates), "gains are not in date order")
    statuses = {g["status"] for g in gains}
    expect(statuses == {"idea", "trying", "adopted", "shared", "dropped"},
           "statuses: %r" % statuses)
    teams = {g["team"] for g in gains}
    expect(5 <= len(teams) <= 6, "%d teams: %r" % (len(teams), teams))
    expect(len({g["who"] for g in gains}) >= 6, "too few people log gains")
    expect(sum(1 for g in gains if g["tsm"]) >= 10, "too few TSM codes")
    expect(len({g["impact"] for g in gains}) >= 3, "impact never varies")
    expect({g["effort"] for g in gains} == {"small", "medium", "large"},
           "effort does not vary")


def check_session(doc):
    expect(len(doc["sessions"]) == 1, "%d sessions" % len(doc["sessions"]))
    s = doc["sessions"][0]
    expect(s["title"] == "Champions group - November", "session is %r" % s["title"])
    expect((s["date"], s["start"]) == ("2026-11-26", "10:00"),
           "session is on %s at %s" % (s["date"], s["start"]))
    expect(s["facilitator"], "no facilitator")
    agenda = s["agenda"]
    expect(6 <= len(agenda) <= 8, "%d agenda items" % len(agenda))
    kinds = {item["kind"] for item in agenda}
    expect({"cards", "board", "assessment", "gains", "break", "custom"} <= kinds,
           "agenda kinds: %r" % kinds)
    refs = {item["kind"]: item["ref"] for item in agenda if item["ref"]}
    expect(refs.get("cards") == doc["decks"][0]["id"] and
           refs.get("board") == doc["boards"][0]["id"] and
           refs.get("assessment") == doc["assessments"][0]["id"],
           "agenda refs: %r" % refs)
    for item in agenda:
        expect(item["minutes"] > 0 and item["title"],
               "%s has no title or time" % item["id"])
        expect(item["kind"] == "break" or item["notes"],
               "%s has no facilitator notes" % item["id"])
    expect(s["captures"] == [], "the session has not happened yet")
    expect(len(s["actions"]) <= 1, "%d actions" % len(s["actions"]))


def check_print_and_text(doc, raw):
    expect(doc["print"] == {"template": "avery-c32011", "bleed_mm": 3,
                            "crop_marks": True, "duplex": "long-edge",
                            "back_offset_mm": {"x": 0, "y": 0}},
           "print settings: %r" % doc["print"])
    expect(doc["title"] and doc["organisation"], "no title or organisation")
    text = raw.decode("utf-8")
    expect(any(ord(ch) > 127 for ch in text), "no non-ASCII text")
    expect("&" in text, "no text with an ampersand")
    expect("lorem" not in text.lower(), "placeholder text")


def check_formatting(schema, doc, raw):
    expected = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    expect(raw == expected.encode("utf-8"),
           "not pretty-printed with a 2-space indent and a final newline")
    problems = []
    key_order_problems(schema, schema, doc, "", problems)
    expect(not problems, "\n".join(problems[:10]))


def check_generator(root, raw):
    script = os.path.join(root, "build-aux", "make-starter.py")
    if not os.path.exists(script):
        return "build-aux/make-starter.py is not in the source tree"
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "starter.kindling")
        result = subprocess.run([sys.executable, script, out],
                                capture_output=True, text=True)
        expect(result.returncode == 0, "the generator failed: " + result.stderr)
        with open(out, "rb") as f:
            expect(f.read() == raw, "data/starter/starter.kindling is out of "
                   "date: run build-aux/make-starter.py")
    return None


# Runner ------------------------------------------------------------------------

def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(
        os.path.dirname(os.path.abspath(__file__)))
    schema_path = os.path.join(root, "data", "kindling.schema.json")
    starter_path = os.path.join(root, "data", "starter", "starter.kindling")
    fixtures = sorted(glob.glob(os.path.join(root, "tests", "fixtures", "valid",
                                             "*.kindling")))
    state = {}
    tests = []

    def test(name):
        def register(fn):
            tests.append((name, fn))
            return fn
        return register

    @test("schema is a valid draft 2020-12 schema")
    def _():
        state["schema"] = load_json(schema_path)
        try:
            jsonschema.Draft202012Validator.check_schema(state["schema"])
        except jsonschema.exceptions.SchemaError as e:
            raise Failure("%s: %s" % (json_path(e.absolute_path), e.message))
        state["validator"] = make_validator(state["schema"])

    @test("the fixtures include minimal.kindling and every-kind.kindling")
    def _():
        names = [os.path.basename(f) for f in fixtures]
        expect("minimal.kindling" in names and "every-kind.kindling" in names,
               "found %r" % names)

    for path in fixtures:
        name = os.path.relpath(path, root)

        @test("%s matches the schema" % name)
        def _(path=path):
            check_valid(state.get("validator"), load_json(path))

        @test("%s has unique ids and no dangling references" % name)
        def _(path=path):
            check_references(load_json(path))

    @test("schema rejects known bad documents")
    def _():
        every_kind = load_json(os.path.join(root, "tests", "fixtures", "valid",
                                            "every-kind.kindling"))
        expect("validator" in state, "the schema could not be loaded")
        accepted = [label for label, doc in bad_documents(every_kind)
                    if not schema_errors(state["validator"], doc)]
        expect(not accepted, "accepted: " + ", ".join(accepted))

    @test("reference check finds a dangling reference")
    def _():
        doc = load_json(os.path.join(root, "tests", "fixtures", "valid",
                                     "every-kind.kindling"))
        doc["gains"][0]["principles"].append("p-missing")
        doc["decks"][0]["cards"].append({"id": "p-1"})
        expect(dangling_references(doc), "missed gains[0].principles[1]")
        expect(collect_ids(doc)[1], "missed the duplicate id p-1")

    @test("starter matches the schema")
    def _():
        with open(starter_path, "rb") as f:
            state["raw"] = f.read()
        state["starter"] = json.loads(state["raw"].decode("utf-8"))
        check_valid(state.get("validator"), state["starter"])

    starter_checks = [
        ("starter has unique ids and no dangling references",
         lambda d: check_references(d)),
        ("starter is pretty-printed with keys in the documented order",
         lambda d: check_formatting(state["schema"], d, state["raw"])),
        ("starter has the seven principles, readable colours and behaviours",
         check_principles),
        ("starter artwork is small, text-free SVG", check_artwork),
        ("starter artwork renders", render_artwork),
        ("starter has standards in the four areas with targets and questions",
         check_standards),
        ("starter deck has three cards per principle", check_deck),
        ("starter board has clusters holding their notes", check_board),
        ("starter assessment has five statements and scored teams",
         check_assessment),
        ("starter journey map covers every lane", check_journey),
        ("starter gains log is complete and varied", check_gains),
        ("starter session agenda is ready to run", check_session),
        ("starter print settings and text", lambda d: check_print_and_text(
            d, state["raw"])),
        ("starter is what build-aux/make-starter.py writes",
         lambda d: check_generator(root, state["raw"])),
    ]
    for name, fn in starter_checks:
        @test(name)
        def _(fn=fn):
            return fn(state["starter"])

    print("1..%d" % len(tests))
    failed = 0
    for number, (name, fn) in enumerate(tests, 1):
        try:
            skip = fn()
        except Failure as e:
            failed += 1
            print("not ok %d - %s" % (number, name))
            for line in str(e).splitlines():
                print("# " + line)
            continue
        except Exception as e:  # A crash in one check must not hide the others.
            failed += 1
            print("not ok %d - %s" % (number, name))
            print("# %s: %s" % (type(e).__name__, e))
            continue
        if skip:
            print("ok %d - %s # SKIP %s" % (number, name, skip))
        else:
            print("ok %d - %s" % (number, name))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
