#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write Kindling's starter project, data/starter/starter.kindling.

The starter is an example programme for a fictional housing association. It is
kept as Python rather than hand-edited JSON so that the artwork, the board
layout and the dates stay consistent with each other, and so that the output
is always pretty-printed the same way (2-space indent, keys in the order of
the file format description). Standard library only.

Usage: make-starter.py [OUTPUT]   (default: data/starter/starter.kindling
                                   next to this script's parent directory)
"""

import base64
import json
import os
import sys

ORGANISATION = "Brookfield Homes"
TITLE = "Customer culture programme 2026"
CREATED = "2026-08-17T09:00:00Z"
MODIFIED = "2026-11-22T10:15:00Z"


# Artwork -------------------------------------------------------------------
#
# One small flat illustration per principle, drawn on a 400 x 250 canvas to
# sit on the front of a pocket card. There is no text in any of them, so they
# work in every language.

HEART = ("M0 0.42C-0.12 0.3-0.5 0.06-0.5-0.18C-0.5-0.43-0.18-0.53 0-0.28"
         "C0.18-0.53 0.5-0.43 0.5-0.18C0.5 0.06 0.12 0.3 0 0.42Z")


def heart(x, y, size, fill, extra=""):
    """A heart centred on (x, y), size units across."""
    return ('<path transform="translate(%g %g) scale(%g)" fill="%s"%s d="%s"/>'
            % (x, y, size, fill, extra, HEART))


def svg(body):
    """Wrap drawing elements in the common SVG root element."""
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="250" '
            'viewBox="0 0 400 250">\n' + body.strip() + '\n</svg>\n')


def person(cx, head_y, body_bottom, head_fill, body_fill):
    """A simple standing figure: a round head over a rounded body."""
    top = head_y + 24
    return ('<circle cx="%g" cy="%g" r="19" fill="%s"/>\n'
            '<rect x="%g" y="%g" width="50" height="%g" rx="22" fill="%s"/>\n'
            '<rect x="%g" y="%g" width="50" height="22" fill="%s"/>\n'
            % (cx, head_y, head_fill,
               cx - 25, top, body_bottom - top, body_fill,
               cx - 25, body_bottom - 22, body_fill))


def art_equality():
    # Three people of different heights, lifted by blocks so that their eyes
    # are level: fairness means different support for different needs.
    return svg(
        '<rect width="400" height="250" fill="#dcedf3"/>\n'
        '<circle cx="352" cy="52" r="28" fill="#f7c873"/>\n'
        '<g fill="#ffffff" opacity="0.75">\n'
        '<circle cx="52" cy="50" r="14"/><circle cx="74" cy="42" r="19"/>'
        '<circle cx="96" cy="52" r="12"/><rect x="40" y="50" width="68" '
        'height="14" rx="7"/>\n'
        '<circle cx="228" cy="30" r="10"/><circle cx="244" cy="24" r="13"/>'
        '<circle cx="260" cy="32" r="9"/><rect x="220" y="30" width="48" '
        'height="10" rx="5"/>\n'
        '</g>\n'
        '<rect x="0" y="214" width="400" height="36" fill="#9cc7d6"/>\n'
        '<path d="M30 214q4-12 8 0q4-10 8 0zM350 214q4-12 8 0q4-10 8 0z'
        'M196 238q4-12 8 0q4-10 8 0z" fill="#6faabd"/>\n'
        '<rect x="70" y="150" width="80" height="64" rx="4" fill="#14506a"/>\n'
        '<rect x="84" y="166" width="52" height="6" rx="3" fill="#2a6f8a"/>\n'
        '<rect x="162" y="180" width="76" height="34" rx="4" fill="#14506a"/>\n'
        '<rect x="174" y="194" width="52" height="6" rx="3" fill="#2a6f8a"/>\n'
        + person(110, 70, 150, "#8d5a3b", "#f2a541")
        + person(200, 70, 180, "#f1c7a0", "#1c6e8c")
        + person(286, 70, 214, "#5b3a29", "#4fa3a5"))


def art_respect():
    # A front door with a welcome mat: we are guests in people's homes.
    return svg(
        '<rect width="400" height="250" fill="#ece2f3"/>\n'
        '<rect x="0" y="0" width="400" height="214" fill="#e3d4ee"/>\n'
        '<g fill="#d6c3e4">\n'
        '<rect x="20" y="30" width="60" height="18" rx="2"/>'
        '<rect x="50" y="60" width="60" height="18" rx="2"/>'
        '<rect x="20" y="150" width="60" height="18" rx="2"/>'
        '<rect x="300" y="40" width="60" height="18" rx="2"/>'
        '<rect x="320" y="110" width="60" height="18" rx="2"/>'
        '<rect x="290" y="170" width="60" height="18" rx="2"/>\n'
        '</g>\n'
        '<rect x="138" y="22" width="124" height="192" rx="4" fill="#ffffff"/>\n'
        '<path d="M150 214V82a50 50 0 0 1 100 0v132z" fill="#ffffff"/>\n'
        '<path d="M154 78a46 46 0 0 1 92 0z" fill="#bfe3f0"/>\n'
        '<path d="M200 32v46M168 45l32 33M232 45l-32 33" stroke="#ffffff" '
        'stroke-width="4"/>\n'
        '<rect x="154" y="84" width="92" height="130" fill="#7a3e9d"/>\n'
        '<rect x="166" y="98" width="68" height="44" rx="3" fill="#69338a"/>\n'
        '<rect x="166" y="154" width="68" height="48" rx="3" fill="#69338a"/>\n'
        '<rect x="184" y="124" width="32" height="8" rx="3" fill="#f4c542"/>\n'
        '<circle cx="232" cy="150" r="6" fill="#f4c542"/>\n'
        '<rect x="0" y="214" width="400" height="36" fill="#b9a2cc"/>\n'
        '<rect x="128" y="214" width="144" height="10" fill="#9e86b3"/>\n'
        '<rect x="146" y="226" width="108" height="18" rx="4" fill="#c9824f"/>\n'
        + heart(200, 234, 16, "#ffffff") + '\n'
        '<path d="M86 214l-8-46h60l-8 46z" fill="#c0643f"/>\n'
        '<rect x="74" y="160" width="68" height="12" rx="3" fill="#a8522f"/>\n'
        '<path d="M108 160c-4-30-26-40-40-44 6 18 20 34 40 44z" fill="#4f9a5a"/>\n'
        '<path d="M108 160c2-36 22-52 38-56-2 22-16 42-38 56z" fill="#3e8249"/>\n'
        '<path d="M108 160c-2-26 2-44 10-60 8 20 4 42-10 60z" fill="#5fb06a"/>\n'
        '<path d="M314 214l-8-46h60l-8 46z" fill="#c0643f"/>\n'
        '<rect x="302" y="160" width="68" height="12" rx="3" fill="#a8522f"/>\n'
        '<circle cx="322" cy="140" r="16" fill="#e86f8e"/>\n'
        '<circle cx="350" cy="132" r="16" fill="#f29bb0"/>\n'
        '<circle cx="336" cy="118" r="14" fill="#e86f8e"/>\n'
        '<circle cx="336" cy="134" r="7" fill="#f4c542"/>\n')


def art_commitment():
    # A clipboard of ticked boxes: promises made and kept.
    rows = ""
    for i, y in enumerate((88, 132, 176)):
        done = i < 2
        rows += ('<rect x="142" y="%d" width="28" height="28" rx="5" '
                 'fill="%s" stroke="#b3261e" stroke-width="4"/>\n'
                 % (y, "#b3261e" if done else "#ffffff"))
        if done:
            rows += ('<path d="M149 %d l7 7 l12-14" fill="none" '
                     'stroke="#ffffff" stroke-width="5" '
                     'stroke-linecap="round" stroke-linejoin="round"/>\n'
                     % (y + 14))
        rows += ('<rect x="184" y="%d" width="%d" height="8" rx="4" '
                 'fill="#e8cfcb"/>\n' % (y + 10, 86 if i != 1 else 66))
    return svg(
        '<rect width="400" height="250" fill="#fbe5e1"/>\n'
        '<circle cx="66" cy="70" r="40" fill="#f6cfc8"/>\n'
        '<circle cx="340" cy="196" r="52" fill="#f6cfc8"/>\n'
        '<rect x="118" y="38" width="170" height="200" rx="12" fill="#8a5a3c"/>\n'
        '<rect x="130" y="56" width="146" height="172" rx="4" fill="#ffffff"/>\n'
        '<rect x="170" y="26" width="66" height="34" rx="8" fill="#7d7f86"/>\n'
        '<rect x="188" y="18" width="30" height="16" rx="8" fill="#7d7f86"/>\n'
        '<circle cx="203" cy="26" r="4" fill="#fbe5e1"/>\n'
        + rows +
        '<g transform="rotate(35 318 116)">\n'
        '<rect x="308" y="40" width="20" height="130" rx="4" fill="#b3261e"/>\n'
        '<rect x="308" y="40" width="20" height="20" rx="4" fill="#7e1a14"/>\n'
        '<path d="M308 170h20l-10 24z" fill="#f3d2a2"/>\n'
        '<path d="M314 184h8l-4 10z" fill="#3a3a3a"/>\n'
        '</g>\n')


def art_understanding():
    # Two speech bubbles that overlap: one person talking, one listening
    # closely, and the common ground between them.
    return svg(
        '<rect width="400" height="250" fill="#e1f0e3"/>\n'
        '<circle cx="52" cy="206" r="30" fill="#cbe6cf"/>\n'
        '<circle cx="356" cy="40" r="24" fill="#cbe6cf"/>\n'
        '<path d="M50 52h170a24 24 0 0 1 24 24v70a24 24 0 0 1-24 24H112'
        'l-34 32 6-32H50a24 24 0 0 1-24-24V76a24 24 0 0 1 24-24z" '
        'fill="#2f6f3e"/>\n'
        '<circle cx="74" cy="111" r="11" fill="#ffffff"/>\n'
        '<circle cx="110" cy="111" r="11" fill="#ffffff"/>\n'
        '<circle cx="146" cy="111" r="11" fill="#ffffff"/>\n'
        '<path d="M200 92h150a24 24 0 0 1 24 24v62a24 24 0 0 1-24 24h-18'
        'l6 30-36-30H200a24 24 0 0 1-24-24v-62a24 24 0 0 1 24-24z" '
        'fill="#9fd3a8" opacity="0.92"/>\n'
        '<path d="M258 176c-6 0-10-4-10-10 0-8 6-10 6-20a22 22 0 0 1 44 0'
        'c0 12-8 16-12 22" fill="none" stroke="#1f4f2b" stroke-width="8" '
        'stroke-linecap="round"/>\n'
        '<path d="M266 146a10 10 0 0 1 20 0" fill="none" stroke="#1f4f2b" '
        'stroke-width="6" stroke-linecap="round"/>\n'
        '<path d="M314 126q10 14 0 28M328 118q16 22 0 44" fill="none" '
        'stroke="#2f6f3e" stroke-width="6" stroke-linecap="round"/>\n'
        '<path d="M188 32v20M178 42h20M246 218v14M239 225h14M370 86v12'
        'M364 92h12" stroke="#6fb27c" stroke-width="4" '
        'stroke-linecap="round"/>\n'
        '<g fill="#9fd3a8"><circle cx="300" cy="60" r="5"/>'
        '<circle cx="140" cy="222" r="6"/><circle cx="30" cy="30" r="4"/>'
        '</g>\n')


def art_positivity():
    # The sun coming up over the hills: a hopeful start to the day.
    rays = ""
    for angle in range(-80, 81, 20):
        rays += ('<rect x="197" y="40" width="6" height="34" rx="3" '
                 'transform="rotate(%d 200 150)"/>' % angle)
    return svg(
        '<rect width="400" height="250" fill="#fdefd6"/>\n'
        '<rect width="400" height="130" fill="#fde3b4"/>\n'
        '<g fill="#f4b13f">' + rays + '</g>\n'
        '<circle cx="200" cy="150" r="58" fill="#f6a823"/>\n'
        '<circle cx="200" cy="150" r="44" fill="#f9c04e"/>\n'
        '<g fill="#ffffff">\n'
        '<circle cx="70" cy="62" r="14"/><circle cx="90" cy="54" r="20"/>'
        '<circle cx="112" cy="64" r="13"/><rect x="56" y="62" width="70" '
        'height="14" rx="7"/>\n'
        '<circle cx="310" cy="44" r="12"/><circle cx="328" cy="36" r="17"/>'
        '<circle cx="346" cy="46" r="11"/><rect x="298" y="44" width="58" '
        'height="12" rx="6"/>\n'
        '</g>\n'
        '<path d="M0 172c60-34 130-30 200 4s150 26 200-6v80H0z" '
        'fill="#d9822b"/>\n'
        '<path d="M0 204c80-30 160-12 230 8s120 8 170-14v52H0z" '
        'fill="#b45309"/>\n'
        '<path d="M0 232c100-20 220-16 400-4v22H0z" fill="#8a3f06"/>\n'
        '<g fill="#8a3f06">\n'
        '<rect x="314" y="168" width="6" height="20"/>'
        '<circle cx="317" cy="164" r="14" fill="#6f8f2f"/>\n'
        '<rect x="58" y="176" width="6" height="22"/>'
        '<circle cx="61" cy="170" r="16" fill="#6f8f2f"/>\n'
        '</g>\n')


def art_empowerment():
    # A kite climbing high on its own string: trust people and let them fly.
    bows = ""
    for x, y in ((230, 132), (238, 153), (247, 174)):
        bows += ('<path d="M%d %d l-10-8v16z M%d %d l10-8v16z" '
                 'fill="#f4c542"/>' % (x, y, x, y))
    return svg(
        '<rect width="400" height="250" fill="#e2e6f7"/>\n'
        '<circle cx="76" cy="56" r="24" fill="#f7d774"/>\n'
        '<path d="M286 30h46a12 12 0 0 1 0 24h-58a12 12 0 0 1 12-24z" '
        'fill="#ffffff"/>\n'
        '<path d="M40 120h40a10 10 0 0 1 0 20H30a10 10 0 0 1 10-20z" '
        'fill="#ffffff"/>\n'
        '<path d="M300 86q8-8 16 0q8-8 16 0M340 110q6-6 12 0q6-6 12 0" '
        'fill="none" stroke="#2a2f5e" stroke-width="3" '
        'stroke-linecap="round" stroke-linejoin="round"/>\n'
        '<path d="M226 110C196 126 166 134 141 134" fill="none" '
        'stroke="#2a2f5e" stroke-width="2"/>\n'
        '<path d="M226 110c6 24 18 50 28 80" fill="none" stroke="#2a2f5e" '
        'stroke-width="2"/>\n'
        + bows +
        '<path d="M226 110l-52-40 60-52 34 84z" fill="#3849a8"/>\n'
        '<path d="M226 110l-52-40 60-52z" fill="#5a6bd0"/>\n'
        '<path d="M226 110l8-92 34 84z" fill="#f4c542"/>\n'
        '<path d="M174 70l94 32M234 18l-8 92" stroke="#2a2f5e" '
        'stroke-width="2"/>\n'
        '<rect x="104" y="148" width="44" height="12" rx="6" fill="#3849a8" '
        'transform="rotate(-30 110 154)"/>\n'
        + person(96, 120, 214, "#8d5a3b", "#3849a8") +
        '<circle cx="141" cy="133" r="7" fill="#8d5a3b"/>\n'
        '<path d="M0 214c90-40 210-44 400-10v46H0z" fill="#8e9bd9"/>\n'
        '<path d="M0 232c120-20 260-20 400 0v18H0z" fill="#6f7fc9"/>\n'
        '<g fill="#f4c542">'
        '<circle cx="190" cy="206" r="5"/><circle cx="330" cy="214" r="5"/>'
        '<circle cx="36" cy="226" r="4"/><circle cx="364" cy="236" r="4"/>'
        '</g>\n')


def art_gratitude():
    # A card arriving with a heart on the seal, and warmth floating up.
    return svg(
        '<rect width="400" height="250" fill="#f9e2ea"/>\n'
        + heart(70, 70, 34, "#efb3c8") + '\n'
        + heart(330, 58, 26, "#e7829f") + '\n'
        + heart(350, 170, 40, "#efb3c8") + '\n'
        + heart(56, 180, 22, "#e7829f") + '\n'
        + heart(270, 34, 16, "#efb3c8") + '\n'
        '<g transform="rotate(-6 200 150)">\n'
        '<rect x="98" y="84" width="204" height="132" rx="8" '
        'fill="#c86a8c"/>\n'
        '<rect x="98" y="80" width="204" height="132" rx="8" '
        'fill="#ffffff"/>\n'
        '<path d="M98 212l84-66h36l84 66z" fill="#f4d3df"/>\n'
        '<path d="M100 84l100 78 100-78z" fill="#fbe9ef"/>\n'
        '<path d="M100 84l100 78 100-78" fill="none" stroke="#e7b7c9" '
        'stroke-width="3" stroke-linejoin="round"/>\n'
        '<circle cx="200" cy="154" r="26" fill="#a3295c"/>\n'
        + heart(200, 154, 30, "#ffffff") + '\n'
        '</g>\n')


# Content -------------------------------------------------------------------

PRINCIPLES = [
    ("equality", "Equality", "#1c6e8c", art_equality,
     "Everyone gets a fair deal, and we change how we work so that they can.",
     ["Ask how each customer prefers to be contacted, and use it",
      "Offer large print, translation or a home visit without being asked twice",
      "Check that our decisions are consistent from one street to the next",
      "Notice who we are not hearing from, and go and find them"]),
    ("respect", "Respect", "#7a3e9d", art_respect,
     "We treat every home as someone's home and every customer as an adult.",
     ["Arrive when we said, knock, introduce ourselves and show our ID",
      "Leave the home as clean as we found it",
      "Speak about customers as if they were in the room"]),
    ("commitment", "Commitment", "#b3261e", art_commitment,
     "We do what we say we will do, and own it when we can't.",
     ["Give a date, and keep it",
      "Call before the deadline if we are going to miss it",
      "Stay with a case until the customer agrees it is sorted",
      "Never pass someone on without a warm handover"]),
    ("understanding", "Understanding", "#2f6f3e", art_understanding,
     "We listen to understand, not just to reply.",
     ["Let people finish before we start solving",
      "Repeat back what we heard and check we have it right",
      "Ask what would make the biggest difference to them today"]),
    ("positivity", "Positivity", "#b45309", art_positivity,
     "We look for what we can do, not for reasons why we can't.",
     ["Start with \u201cyes, and here is how\u201d wherever we can",
      "Bring a possible answer along with the problem",
      "Share good news with customers as readily as bad"]),
    ("empowerment", "Empowerment", "#3849a8", art_empowerment,
     "Colleagues and customers have what they need to make decisions.",
     ["Sort it on the spot when it is within our reach",
      "Give customers real choices, not just information",
      "Back colleagues who use their judgement for a customer",
      "Explain our decisions and how to challenge them"]),
    ("gratitude", "Gratitude", "#a3295c", art_gratitude,
     "We say thank you, and we mean it.",
     ["Thank customers for their patience and for telling us things",
      "Tell colleagues what difference their help made",
      "Celebrate the small wins at every team meeting"]),
]


def principles():
    out = []
    for key, name, colour, _art, summary, behaviours in PRINCIPLES:
        out.append({
            "id": "p-" + key,
            "name": name,
            "summary": summary,
            "behaviours": behaviours,
            "color": colour,
            "image": "art-" + key,
        })
    return out


def assets():
    out = {}
    for key, _name, _colour, art, _summary, _behaviours in PRINCIPLES:
        data = art().encode("utf-8")
        out["art-" + key] = {
            "mime": "image/svg+xml",
            "data": base64.b64encode(data).decode("ascii"),
        }
    return out


def target(value, unit, channel):
    return {"value": value, "unit": unit, "channel": channel}


NO_MATTER = "No matter what"
IN_TOUCH = "Getting in touch"
DONE = "Getting things done"
AHEAD = "Thinking ahead"

STANDARDS = [
    ("std-name", NO_MATTER, "We'll tell you who we are",
     "Everyone who calls, writes or visits gives their name and a way to reach "
     "them again, so you never have to start from the beginning.",
     None,
     "Did the person you dealt with give you their name and a way to contact "
     "them again?",
     ["p-respect", "p-commitment"], ["TP08"]),
    ("std-listen", NO_MATTER, "We'll listen first",
     "We let you explain in your own words, then tell you what we have "
     "understood before we decide anything.",
     None,
     "Did you feel listened to?",
     ["p-understanding", "p-respect"], ["TP06"]),
    ("std-plain", NO_MATTER, "We'll keep it plain and accessible",
     "No jargon and no reference numbers without an explanation. We offer large "
     "print, translation, British Sign Language or a visit whenever it helps.",
     None,
     "Was what we told you easy to understand?",
     ["p-equality", "p-understanding"], ["TP07", "TP08"]),
    ("std-home", NO_MATTER, "We'll treat your home with care",
     "We wear overshoes, use dust sheets and take our rubbish with us. If "
     "something gets damaged we say so and put it right.",
     None,
     "Did we leave your home as we found it?",
     ["p-respect"], ["TP04", "TP08"]),
    ("std-phone", IN_TOUCH, "We'll answer the phone within five rings",
     "Calls to the contact centre are answered by a person within five rings "
     "during opening hours; if you leave a message we call back the same day.",
     target(5, "rings", "phone"),
     "When you last rang us, how quickly did someone answer?",
     ["p-commitment"], ["TP01"]),
    ("std-email", IN_TOUCH, "We'll reply to emails within two working days",
     "A real reply from a named person, not just an automatic acknowledgement.",
     target(2, "working-days", "email"),
     "Did you get a proper reply to your email within two working days?",
     ["p-commitment", "p-respect"], ["TP07"]),
    ("std-letter", IN_TOUCH, "We'll answer letters within five working days",
     "Letters are scanned on the day they arrive and answered in the way you "
     "wrote to us, unless you ask for something else.",
     target(5, "working-days", "letter"),
     "If you wrote to us, how long did our reply take?",
     ["p-equality", "p-commitment"], ["TP07"]),
    ("std-social", IN_TOUCH, "We'll respond to social media messages within four hours",
     "During opening hours we reply to direct messages and public posts, and "
     "move personal matters to a private channel.",
     target(4, "hours", "social"),
     "If you messaged us online, how quickly did we get back to you?",
     ["p-positivity"], []),
    ("std-first-time", DONE, "We'll sort simple requests first time",
     "Questions about rent, bins, parking permits or booking a repair are "
     "dealt with in the first contact, without a transfer or a call back.",
     target(80, "percent", "any"),
     "Was your request sorted the first time you got in touch?",
     ["p-empowerment"], ["TP01"]),
    ("std-owner", DONE, "We'll give complex cases a named owner",
     "Within one working day you will know who is looking after your case, "
     "what happens next and when you will hear from them.",
     target(1, "working-days", "any"),
     "Did you know who was dealing with your case and what would happen next?",
     ["p-commitment", "p-understanding"], ["TP07"]),
    ("std-appointment", DONE, "We'll keep the appointments we make",
     "Repair and inspection visits happen on the day and in the slot we "
     "booked with you. If we have to change one, we tell you before the day.",
     target(95, "percent", "in-person"),
     "Did we turn up when we said we would?",
     ["p-commitment", "p-respect"], ["TP02", "TP03", "RP02"]),
    ("std-complaint", DONE, "We'll acknowledge complaints within five working days",
     "A named officer acknowledges your complaint, agrees what it is about "
     "with you and replies in full within ten working days after that.",
     target(5, "working-days", "any"),
     "Were you happy with how we handled your complaint?",
     ["p-understanding", "p-commitment"], ["CH01", "CH02", "TP09"]),
    ("std-update", AHEAD, "We'll update you before you need to chase",
     "While a case is open you hear from us at least every ten working days, "
     "even if the news is that we are still waiting.",
     target(10, "working-days", "any"),
     "Did you have to chase us for an update?",
     ["p-commitment", "p-positivity"], ["TP07"]),
    ("std-planned", AHEAD, "We'll tell you about planned work in good time",
     "We write at least 28 days before planned work such as new kitchens, "
     "roofing or communal decorating, and say who to talk to about it.",
     target(28, "days", "letter"),
     "Did we give you enough notice of work to your home or block?",
     ["p-respect", "p-empowerment"], ["TP04", "TP07", "TP10"]),
    ("std-learn", AHEAD, "We'll show what we've learned from you",
     "Every quarter we publish what customers told us and what we changed as a "
     "result, including the things we decided not to change and why.",
     None,
     "Do you think we listen to your views and act on them?",
     ["p-gratitude", "p-understanding"], ["TP06", "TP09"]),
]


def standards():
    out = []
    for sid, area, title, detail, tgt, question, prins, tsm in STANDARDS:
        out.append({
            "id": sid,
            "area": area,
            "title": title,
            "detail": detail,
            "target": tgt,
            "question": question,
            "principles": prins,
            "tsm": tsm,
        })
    return out


# Conversation cards: three per principle, in principle order. Each entry is
# (title, prompt, follow-ups, minutes).
CARDS = {
    "equality": [
        ("Same service, different needs",
         "Think of a customer who found it harder than most to get help from us. "
         "What got in their way?",
         ["What would have made the difference?",
          "Who else might be meeting the same barrier without telling us?"], 4),
        ("Who aren't we hearing from?",
         "Which customers rarely contact us, come to events or fill in surveys? "
         "Why might that be?",
         ["How could we reach one of those groups next month?"], 3),
        ("Fair from street to street",
         "Would two neighbours with the same problem get the same answer from "
         "your team? How do you know?",
         ["Where do we rely on one person's judgement?",
          "When is treating people differently the fair thing to do?"], 5),
    ],
    "respect": [
        ("Guests in their home",
         "When you visit a customer, what do you do to show you know you are a "
         "guest in their home?",
         ["What have you seen a colleague do that impressed you?"], 3),
        ("In the room",
         "Would we talk about customers in the same way if they could hear us? "
         "Share an example, good or bad.",
         ["What could we say instead?",
          "How do we gently challenge a colleague?"], 4),
        ("Time is precious",
         "How do we show customers that we value their time as much as our own?",
         ["Which of our appointment slots are hardest for working customers?",
          "What do we ask people to repeat that we already know?"], 3),
    ],
    "commitment": [
        ("A promise you kept",
         "Tell your partner about a time you kept a promise to a customer when "
         "it would have been easier not to.",
         ["What helped you keep it?"], 2),
        ("When we can't",
         "What do we do when we realise we are going to miss a date we gave "
         "someone?",
         ["How early do customers hear about it?",
          "What would you want if it were your boiler?"], 4),
        ("Warm handovers",
         "Where do customers fall between two teams? Pick one handover and "
         "describe it from the customer's side.",
         ["Who owns the customer while the handover happens?",
          "What one change would close the gap?"], 5),
    ],
    "understanding": [
        ("Listening to understand",
         "Think of a conversation where you realised halfway through that the "
         "real problem was something else. What gave it away?",
         ["How could we hear that sooner?"], 3),
        ("The question behind the question",
         "A customer asks, \u201cWhen is my repair?\u201d What might they really "
         "be worried about?",
         ["How would you find out without making them feel interrogated?"], 3),
        ("In their shoes",
         "Pick one of our standard letters. Read it as a customer who is "
         "anxious, tired or new to English. What do you notice?",
         ["What would you cut?", "What is missing?"], 5),
    ],
    "positivity": [
        ("Yes, and here's how",
         "Which requests do we most often say no to? For one of them, what "
         "could we offer instead?",
         ["Who would need to agree to it?"], 4),
        ("Good news travels",
         "When did we last tell customers about something that went well? "
         "How could we do it more?",
         ["Which good news would they most want to hear?"], 3),
        ("Energy in the room",
         "What lifts your mood at work, and how does that reach customers?",
         ["What drains it, and what could we change?"], 2),
    ],
    "empowerment": [
        ("Within your reach",
         "What could you sort for a customer on the spot if you were trusted "
         "to? What stops you today?",
         ["What would a manager need to see to say yes?",
          "Is it a rule, or just a habit?"], 4),
        ("Real choices",
         "Where could we give customers a genuine choice rather than telling "
         "them what will happen?",
         ["What would we need to change to make it work?"], 3),
        ("Backing judgement",
         "Tell the group about a time someone bent the usual process to do the "
         "right thing. What happened next?",
         ["Would they do it again?",
          "How do we make that safer for everyone?"], 5),
    ],
    "gratitude": [
        ("Thank you, and why",
         "Who helped you this month? Tell them, or tell the group, what "
         "difference it made.",
         ["How often do we thank other teams?"], 2),
        ("Customers who help us",
         "Customers report faults, join panels and put up with disruption. How "
         "do we thank them?",
         ["What would feel genuine rather than a form letter?"], 3),
        ("Celebrating small wins",
         "What small win from your team deserves to be in the marginal gains "
         "log? Write it down now.",
         ["Who else should hear about it?"], 3),
    ],
}


def decks():
    cards = []
    for key, _name, _colour, _art, _summary, _behaviours in PRINCIPLES:
        for n, (title, prompt, follow_ups, minutes) in enumerate(CARDS[key], 1):
            cards.append({
                "id": "card-%s-%d" % (key, n),
                "title": title,
                "prompt": prompt,
                "follow_ups": follow_ups,
                "principle": "p-" + key,
                "minutes": minutes,
            })
    return [{
        "id": "deck-principles",
        "title": "Living our principles",
        "cards": cards,
    }]


# Vision board. Notes are 160 x 110 board units; each cluster holds two
# columns of three notes under a heading strip.
NOTE_W, NOTE_H = 160, 110
PAD, HEADING = 20, 60
CLUSTER_W = PAD + NOTE_W + PAD + NOTE_W + PAD
CLUSTER_H = HEADING + 3 * NOTE_H + 2 * PAD + PAD
YELLOW, PINK, BLUE, GREEN = "#fff3a0", "#ffd6e0", "#d3e9ff", "#d9f5cf"

# (cluster id, title, [(text, colour, principle key or None, voice, votes)])
BOARD = [
    ("cl-easy", "Easy to reach, first time", [
        ("I ring once and the person who answers sorts it", YELLOW,
         "empowerment", "tenant", 6),
        ("Live chat on the website in the evenings", BLUE, None, "tenant", 2),
        ("No more \u201cpress 1 for\u2026\u201d menus", PINK, "respect", "tenant", 4),
        ("Contact centre can book any repair without a transfer", YELLOW,
         "empowerment", "staff", 3),
        ("Surgeries in the community centre every month", GREEN,
         "equality", "board", 1),
    ]),
    ("cl-promises", "Promises kept", [
        ("Appointments kept, and a text when the operative is on the way",
         YELLOW, "commitment", "tenant", 5),
        ("Nobody has to chase us for an update", PINK, "commitment",
         "leader", 4),
        ("Complaints fall because we fix things the first time", BLUE,
         "commitment", "board", 2),
        ("Contractors work to our standards, not just their contract", GREEN,
         "respect", "partner", 1),
        ("Every case has a name next to it", YELLOW, "commitment", "staff", 2),
    ]),
    ("cl-know", "We know our customers", [
        ("We know who needs large print or a call instead of a letter",
         BLUE, "equality", "staff", 4),
        ("Vulnerability flags are up to date and actually used", YELLOW,
         "understanding", "staff", 2),
        ("Tenants help write our letters", PINK, "understanding", "tenant", 3),
        ("Young tenants feel we are talking to them too", GREEN, "equality",
         "tenant", 1),
    ]),
    ("cl-together", "One team, proud of it", [
        ("Repairs, Income and Neighbourhoods share one case view", YELLOW,
         "empowerment", "leader", 3),
        ("Champions in every team, not just the keen ones", GREEN,
         "positivity", "staff", 1),
        ("We thank each other across teams, out loud", PINK, "gratitude",
         "staff", 2),
        ("Customers say we are good to deal with, and mean it", BLUE,
         "positivity", "board", 2),
    ]),
]


def boards():
    clusters = []
    notes = []
    n = 0
    for index, (cid, title, items) in enumerate(BOARD):
        cx = 40 + index * (CLUSTER_W + 40)
        cy = 40
        clusters.append({
            "id": cid,
            "title": title,
            "x": cx,
            "y": cy,
            "width": CLUSTER_W,
            "height": CLUSTER_H,
        })
        for slot, (text, colour, prin, voice, votes) in enumerate(items):
            n += 1
            notes.append({
                "id": "note-%02d" % n,
                "text": text,
                "x": cx + PAD + (slot % 2) * (NOTE_W + PAD),
                "y": cy + HEADING + (slot // 2) * (NOTE_H + PAD),
                "color": colour,
                "principle": "p-" + prin if prin else None,
                "voice": voice,
                "votes": votes,
                "cluster": cid,
            })
    return [{
        "id": "board-vision",
        "title": "Customer culture in a year",
        "question": "It is November 2027 and our customer culture is where we "
                    "want it to be. What do customers notice, and what are we "
                    "doing differently?",
        "votes_per_person": 3,
        "clusters": clusters,
        "notes": notes,
    }]


STATEMENTS = [
    ("st-fair", "We adjust how we work so that every customer gets a fair "
                "service", "equality"),
    ("st-informed", "We keep customers informed without them having to chase "
                    "us", "commitment"),
    ("st-listen", "We listen and check we have understood before we act",
     "understanding"),
    ("st-trusted", "We are trusted to put things right first time",
     "empowerment"),
    ("st-thanks", "We thank customers and colleagues and tell them what "
                  "difference they made", "gratitude"),
]

# Scores follow the statement order above.
TEAMS = [
    ("team-repairs", "Repairs & Maintenance", [3.5, 2.5, 3.5, 3.0, 3.0],
     "Proud of the work on site, but we know customers chase us for dates. "
     "Updates are the thing to fix first."),
    ("team-income", "Income", [4.0, 3.5, 4.0, 3.5, 3.0],
     "The support-first approach on arrears is working. We rarely thank "
     "people who get back on track, and we should."),
    ("team-neighbourhoods", "Neighbourhoods", [3.5, 3.0, 4.5, 3.5, 4.0],
     "Good at listening on the doorstep. Anti-social behaviour cases can go "
     "quiet for weeks, which customers read as nothing happening."),
    ("team-contact", "Customer Contact Centre", [4.0, 3.0, 4.0, 2.5, 4.5],
     "We want to do more on the first call but too many requests still need "
     "a hand-off to another team."),
    ("team-lettings", "Lettings", [4.5, 4.0, 3.5, 3.0, 4.0],
     "New tenants get a lot of attention at sign-up; after the first month "
     "we hand over and lose touch."),
]


def assessments():
    statements = [{"id": sid, "text": text, "principle": "p-" + prin}
                  for sid, text, prin in STATEMENTS]
    teams = []
    for tid, name, scores, comment in TEAMS:
        teams.append({
            "id": tid,
            "name": name,
            "comment": comment,
            "scores": {sid: score for (sid, _t, _p), score
                       in zip(STATEMENTS, scores)},
        })
    return [{
        "id": "assess-autumn",
        "title": "Team self-assessment, autumn 2026",
        "date": "2026-10-14",
        "scale_max": 5,
        "statements": statements,
        "teams": teams,
    }]


# Journey map: the stages and lanes of one repair, as it happens today.
STAGES = [
    ("stage-notice", "Notices the problem"),
    ("stage-contact", "Gets in touch"),
    ("stage-book", "Books a visit"),
    ("stage-wait", "Waits"),
    ("stage-visit", "The repair visit"),
    ("stage-after", "Afterwards"),
]

LANES = [
    ("lane-actions", "actions", "What Maureen does"),
    ("lane-touchpoints", "touchpoints", "Touchpoints"),
    ("lane-thoughts", "thoughts", "What she thinks"),
    ("lane-feelings", "feelings", "How she feels"),
    ("lane-pain", "pain-points", "Pain points"),
    ("lane-opportunities", "opportunities", "Opportunities"),
    ("lane-owner", "owner", "Who owns this moment"),
]

# Cells by lane, one text per stage in stage order; None leaves a cell empty.
CELLS = {
    "lane-actions": [
        "Finds the kitchen tap dripping and a damp patch under the sink",
        "Rings the repairs line after her daughter can't find the online form",
        "Agrees a date three weeks away; asks for a morning",
        "Keeps towels under the sink and stays in on the day",
        "Lets the operative in, explains the problem again",
        "Cleans up, then rings to ask whether anyone is coming back",
    ],
    "lane-touchpoints": [
        None,
        "Phone line, hold queue, call handler",
        "Call handler, booking system",
        "Confirmation letter",
        "Operative, van, ID badge",
        "Phone line, satisfaction text",
    ],
    "lane-thoughts": [
        "\u201cIt's only a drip, I don't want to make a fuss.\u201d",
        "\u201cHow long am I going to be on hold?\u201d",
        "\u201cThree weeks? What if it gets worse?\u201d",
        "\u201cHave they forgotten about me?\u201d",
        "\u201cHe's lovely, but why doesn't he know what's wrong?\u201d",
        "\u201cIs it finished or not?\u201d",
    ],
    "lane-feelings": [
        "Uneasy",
        "Anxious and impatient",
        "Resigned",
        "Forgotten",
        "Relieved",
        "Unsure",
    ],
    "lane-pain": [
        "Doesn't know if this counts as urgent",
        "Twelve minutes on hold; menu options don't fit her problem",
        "No choice of slot; no text reminder",
        "No word until the day; slot is 8 till 6",
        "Notes from the call didn't reach the operative",
        "Part on order but nobody tells her when it's coming",
    ],
    "lane-opportunities": [
        "Simple guide to what's urgent, on the fridge magnet we give at sign-up",
        "Call-back option instead of waiting on hold",
        "Offer morning, afternoon and school-run slots",
        "Text the day before and when the operative sets off",
        "Operative sees the full call notes on the handheld",
        "Named owner for follow-on work, with a date given before leaving",
    ],
    "lane-owner": [
        None,
        "Customer Contact Centre",
        "Customer Contact Centre",
        "Repairs scheduling",
        "Repairs & Maintenance",
        "Repairs & Maintenance",
    ],
}

EMOTIONS = [-1, -2, 0, -1, 1, -1]


def journeys():
    cells = []
    for lane_id, _kind, _title in LANES:
        for (stage_id, _name), text in zip(STAGES, CELLS[lane_id]):
            if text is not None:
                cells.append({"stage": stage_id, "lane": lane_id,
                              "text": text})
    return [{
        "id": "journey-repair",
        "title": "Reporting a repair",
        "persona": "Maureen, 74, lives alone in a first-floor flat at Ashby "
                   "Court. She prefers the phone; her daughter helps with "
                   "anything online.",
        "scenario": "Her kitchen tap has dripped for a week and now there is "
                    "water in the cupboard under the sink. She wants it fixed "
                    "without waiting in all day.",
        "state": "current",
        "stages": [{"id": sid, "name": name} for sid, name in STAGES],
        "lanes": [{"id": lid, "kind": kind, "title": title}
                  for lid, kind, title in LANES],
        "cells": cells,
        "emotions": [{"stage": sid, "value": value}
                     for (sid, _name), value in zip(STAGES, EMOTIONS)],
    }]


# Marginal gains, oldest first: (date, title, team, who, before, change,
# principles, standards, tsm, impact, effort, evidence, status, edited date).
REPAIRS = "Repairs & Maintenance"
INCOME = "Income"
HOODS = "Neighbourhoods"
CONTACT = "Customer Contact Centre"
LETTINGS = "Lettings"
VOICE = "Customer Voice"

GAINS = [
    ("2026-08-24", "Arrears emails say where to get support", INCOME, "Priya S.",
     "First arrears email only gave the balance and a payment link.",
     "Added a short paragraph on our money advice service, the council's "
     "hardship fund and a direct phone number.",
     ["understanding", "empowerment"], ["std-plain"], ["TP08"], 4, "small",
     "Calls to money advice from arrears emails up from 3 to 11 a month.",
     "shared", "2026-10-02"),
    ("2026-08-27", "Operatives text before they set off", REPAIRS, "Dave R.",
     "Customers waited in for an all-day slot with no idea when we'd arrive.",
     "Operatives send a template text from the handheld when they leave the "
     "previous job.",
     ["respect", "commitment"], ["std-appointment"], ["TP02", "TP03"], 4,
     "small", "No-access visits down from 9% to 5% over four weeks.",
     "adopted", "2026-09-30"),
    ("2026-09-01", "Call-back instead of holding", CONTACT, "Zo\u00eb K.",
     "At peak times callers waited on hold for up to 15 minutes.",
     "Callers in the queue for more than two minutes are offered a call back "
     "within the hour, keeping their place.",
     ["respect", "commitment"], ["std-phone"], ["TP01"], 5, "medium",
     "Abandoned calls fell from 14% to 6% in September.",
     "adopted", "2026-10-06"),
    ("2026-09-04", "Contractors briefed on our standards", REPAIRS, "Gareth L.",
     "Void contractors only saw the contract specification.",
     "Ten-minute briefing on the \u201cno matter what\u201d standards at the start "
     "of each void contract, with the pocket cards.",
     ["respect"], ["std-home"], ["TP04"], 3, "small",
     "Two contractor firms briefed; fewer complaints about mess at handover.",
     "adopted", "2026-09-04"),
    ("2026-09-09", "Welcome call after six weeks", LETTINGS, "Aisha M.",
     "After sign-up we had no contact with new tenants unless they rang us.",
     "Housing officer rings every new tenant six weeks in to ask how it's "
     "going and what still needs sorting.",
     ["understanding", "commitment"], ["std-update"], ["TP01", "TP07"], 4,
     "medium", "31 calls made; 9 repairs found early that hadn't been reported.",
     "adopted", "2026-10-20"),
    ("2026-09-12", "Large print on request, remembered", VOICE, "Siobh\u00e1n O.",
     "Customers had to ask for large print every time we wrote to them.",
     "Format preferences are now recorded once on the customer record and "
     "used by every team's letter templates.",
     ["equality"], ["std-plain", "std-letter"], ["TP08"], 4, "medium",
     "47 customers' preferences recorded; no repeat requests since.",
     "shared", "2026-11-03"),
    ("2026-09-16", "Plain-English rent increase letter", INCOME, "Tom H.",
     "The annual rent letter was two pages of legal wording.",
     "Rewrote it with the tenant panel: what's changing, by how much in \u00a3 a "
     "week, and who to call.",
     ["understanding", "equality"], ["std-plain"], ["TP07"], 3, "medium",
     "Tenant panel rated the new letter 4.6 out of 5 against 2.8 for the old one.",
     "adopted", "2026-10-09"),
    ("2026-09-22", "Reason codes on repair no-shows", REPAIRS, "Dave R.",
     "No-access visits were logged without a reason.",
     "Operatives pick a reason code, so we can see which slots fail and why.",
     ["commitment"], ["std-appointment"], ["RP02"], 2, "small",
     "Showed most no-access visits are before 9am.",
     "trying", "2026-10-15"),
    ("2026-09-25", "Thank-you cards for tenant panel members", VOICE, "Siobh\u00e1n O.",
     "Panel members got a standard email after each meeting.",
     "Handwritten cards saying what changed because of their input.",
     ["gratitude"], ["std-learn"], ["TP06"], 2, "small",
     "Three panel members mentioned the cards at the October meeting.",
     "adopted", "2026-10-28"),
    ("2026-09-30", "Estate walkabouts with tenants", HOODS, "Kwame A.",
     "Estate inspections were done by officers on their own.",
     "Inspections are advertised a week ahead and tenants are invited to walk "
     "round with us.",
     ["equality", "understanding"], ["std-listen"], ["TP10", "TP11"], 3,
     "medium", "Eight tenants joined the first four walkabouts.",
     "trying", "2026-11-05"),
    ("2026-10-02", "Automatic \u201cwe're still on it\u201d updates", HOODS, "Kwame A.",
     "Anti-social behaviour cases could go weeks without contact.",
     "A reminder pops up for the case officer ten working days after the last "
     "contact.",
     ["commitment"], ["std-update"], ["TP12", "NM01"], 4, "small",
     "Open cases without contact for 10+ days fell from 23 to 6.",
     "adopted", "2026-11-10"),
    ("2026-10-06", "Chatbot for rent balance questions", CONTACT, "Ryan P.",
     "Balance questions made up a fifth of calls.",
     "Tried a website chatbot to answer balance questions.",
     ["empowerment"], ["std-first-time"], [], 2, "large",
     "Customers kept asking for a person; the bot couldn't see payments made "
     "that day, so we stopped the trial after two weeks.",
     "dropped", "2026-10-24"),
    ("2026-10-09", "Same-day replies to public posts", CONTACT, "Zo\u00eb K.",
     "Posts on our social pages waited for the comms team on weekdays only.",
     "Contact centre advisers now answer posts during opening hours.",
     ["positivity", "commitment"], ["std-social"], [], 3, "small",
     "Median first response down from 19 hours to 2.",
     "adopted", "2026-11-02"),
    ("2026-10-14", "Photos with repair reports", REPAIRS, "Megan T.",
     "Operatives arrived without knowing what they'd find.",
     "Customers can send a photo by text when they report a repair.",
     ["understanding", "empowerment"], ["std-first-time"], ["TP02"], 4,
     "medium", "First-time fix on plumbing jobs with a photo is 86%, "
     "against 71% without.",
     "trying", "2026-11-12"),
    ("2026-10-20", "Payment plans agreed on the first call", INCOME, "Priya S.",
     "Advisers had to get a manager's sign-off for any plan over 12 months.",
     "Advisers can agree plans up to 24 months within a set affordability check.",
     ["empowerment"], ["std-first-time"], ["TP08"], 4, "small",
     "68% of plans now agreed in the first call, up from 40%.",
     "shared", "2026-11-16"),
    ("2026-10-23", "Key safe for vulnerable customers' repairs", REPAIRS, "Gareth L.",
     "Some customers missed repairs because they were at hospital appointments.",
     "Offer a temporary key safe for agreed customers.",
     ["equality", "respect"], ["std-appointment"], ["TP02"], 3, "medium",
     "Waiting for sign-off from insurance before the first trial.",
     "idea", "2026-10-23"),
    ("2026-10-29", "Name and direct line on every email", LETTINGS, "Aisha M.",
     "Emails were signed \u201cThe Lettings Team\u201d.",
     "Every email now ends with the sender's name and direct phone number.",
     ["respect", "commitment"], ["std-name", "std-email"], ["TP07"], 2, "small",
     "Two tenants replied to say thank you for a name to ask for.",
     "adopted", "2026-11-06"),
    ("2026-11-03", "Bin store clean-up days with residents", HOODS, "Lewis B.",
     "Bin stores were cleared by contractors after complaints.",
     "Monthly clean-up mornings with residents, tea and a skip provided.",
     ["positivity", "gratitude"], ["std-home"], ["TP10", "TP11"], 3, "medium",
     "First morning at Ashby Court: 14 residents came, 2 skips filled.",
     "trying", "2026-11-18"),
    ("2026-11-10", "Quarterly \u201cyou said, we did\u201d page", VOICE, "Siobh\u00e1n O.",
     "Changes made after feedback weren't reported back to customers.",
     "A page on the website and in the newsletter each quarter listing what "
     "we changed and what we didn't, and why.",
     ["gratitude", "understanding"], ["std-learn"], ["TP06"], 3, "small",
     "First page drafted; goes live with the December newsletter.",
     "idea", "2026-11-10"),
    ("2026-11-17", "Hold music replaced with queue position", CONTACT, "Ryan P.",
     "Callers heard music with no idea how long they'd wait.",
     "The phone system tells callers their place in the queue every minute.",
     ["respect"], ["std-phone"], ["TP01"], 2, "small",
     "Live since 17 November; watching abandoned calls.",
     "trying", "2026-11-20"),
]


def gains():
    out = []
    for n, g in enumerate(GAINS, 1):
        (date, title, team, who, before, change, prins, stds, tsm, impact,
         effort, evidence, status, edited) = g
        out.append({
            "id": "gain-%03d" % n,
            "date": date,
            "title": title,
            "team": team,
            "who": who,
            "before": before,
            "change": change,
            "principles": ["p-" + p for p in prins],
            "standards": stds,
            "tsm": tsm,
            "impact": impact,
            "effort": effort,
            "evidence": evidence,
            "status": status,
            # Entries are logged in the morning and touched again in the
            # afternoon of the day their status last changed, so "modified"
            # never comes before "created".
            "created": date + "T%02d:%02d:00Z" % (9 + n % 4, (n * 13) % 60),
            "modified": edited + "T%02d:%02d:00Z" % (14 + n % 3, (n * 17) % 60),
        })
    return out


def sessions():
    agenda = [
        ("custom", None, "Welcome and what's changed since October", 10,
         "Round the room: one word for how customers found us this month. "
         "Welcome Ollie from Lettings to his first meeting."),
        ("gains", None, "Marginal gains round-up", 15,
         "Pick three adopted gains to share with other teams. Ask Ryan to "
         "talk through why the chatbot was dropped: a dropped idea is still "
         "worth learning from."),
        ("cards", "deck-principles", "Conversation cards: living our principles",
         25, "Pairs, one card each from Commitment and Understanding, "
             "4 minutes a card. Capture anything that sounds like a gain."),
        ("break", None, "Tea and biscuits", 10, ""),
        ("board", "board-vision", "Vision board: dot voting", 20,
         "Three dots each. Read out the top three notes and ask each team "
         "what they would do about them in the next month."),
        ("assessment", "assess-autumn", "What the self-assessment tells us",
         15, "Lowest item is being trusted to put things right first time. "
             "Ask the Contact Centre to start the conversation."),
        ("custom", None, "Actions and close", 10,
         "Agree owners and dates. Next meeting: 17 December, Lettings to host."),
    ]
    return [{
        "id": "session-nov",
        "title": "Champions group - November",
        "date": "2026-11-26",
        "start": "10:00",
        "facilitator": "Hannah J.",
        "agenda": [{"id": "item-nov-%d" % n, "kind": kind, "ref": ref,
                    "title": title, "minutes": minutes, "notes": notes}
                   for n, (kind, ref, title, minutes, notes)
                   in enumerate(agenda, 1)],
        "captures": [],
        "actions": [{
            "id": "action-nov-1",
            "text": "Share the call-back script with Income and Lettings",
            "owner": "Zo\u00eb K.",
            "due": "2026-12-10",
            "done": False,
        }],
    }]


def project():
    return {
        "format": "kindling",
        "version": 1,
        "title": TITLE,
        "organisation": ORGANISATION,
        "created": CREATED,
        "modified": MODIFIED,
        "principles": principles(),
        "standards": standards(),
        "decks": decks(),
        "boards": boards(),
        "assessments": assessments(),
        "journeys": journeys(),
        "gains": gains(),
        "sessions": sessions(),
        "print": {
            "template": "avery-c32011",
            "bleed_mm": 3,
            "crop_marks": True,
            "duplex": "long-edge",
            "back_offset_mm": {"x": 0, "y": 0},
        },
        "assets": assets(),
    }


def main(argv):
    if len(argv) > 2:
        sys.stderr.write("usage: make-starter.py [OUTPUT]\n")
        return 2
    if len(argv) == 2:
        output = argv[1]
    else:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        output = os.path.join(root, "data", "starter", "starter.kindling")
    text = json.dumps(project(), indent=2, ensure_ascii=False) + "\n"
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
