"""Signs up through the real pages and writes one incident with something of every kind about it (feelings, a need,
a journal entry, a talk plan with statements, a repair attempt with a promise kept, a check-in, a boundary crossed).
Prints '<session cookie> <incident id>'. Usage: seed.py http://127.0.0.1:PORT PASSWORD"""
import glob
import html
import html.parser
import os
import re
import sys
import time
import uuid

import requests


class Form(html.parser.HTMLParser):
    """The fields a browser would send from one form inside <main>: the first post form, or the one with form_id."""

    def __init__(self, form_id=None):
        super().__init__()
        self.form_id, self.fields, self.in_main, self.done, self.in_form = form_id, [], False, False, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.in_main = True
        elif tag == "form" and self.in_main and not self.done and (a.get("method") or "").lower() == "post" \
                and (self.form_id is None or a.get("id") == self.form_id):
            self.in_form = True
        elif self.in_form and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button") or (kind in ("radio", "checkbox") and "checked" not in a):
                return
            self.fields.append((a["name"], a.get("value") or ""))
        elif self.in_form and tag == "textarea" and a.get("name"):
            self.fields.append((a["name"], ""))

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form, self.done = False, True


def post(session, base, path, values, form_id=None, action=None):
    page = session.get(base + path.split("?handler")[0])
    page.raise_for_status()
    form = Form(form_id)
    form.feed(page.text)
    names = {name for name, _ in values}
    fields = [(n, v) for n, v in form.fields if n not in names] + values
    response = session.post(base + (action or path), data=fields, allow_redirects=False)
    if response.status_code != 302:
        sys.exit(f"{path}: expected a redirect, got {response.status_code}")
    return response.headers["Location"]


def sign_up(s, base, password, mail):
    """Signs up, opens the confirmation link from the email written to the pickup folder, and signs in."""
    email = f"bench-{uuid.uuid4().hex}@example.test"
    post(s, base, "/Account/Register", [("Input.Email", email), ("Input.Password", password)])
    for _ in range(300):
        for name in glob.glob(os.path.join(mail, "*.eml")):
            text = open(name, encoding="utf-8", errors="replace").read()
            text = re.sub(r"=\r?\n", "", text).replace("=3D", "=")
            if email in text:
                link = html.unescape(re.search(r"http://localhost(/Account/ConfirmEmail[^\s\"<>]+)", text).group(1))
                s.get(base + link).raise_for_status()
                post(s, base, "/Account/Login", [("Input.Email", email), ("Input.Password", password)])
                return email
        time.sleep(0.2)
    sys.exit("no confirmation email arrived")


def main():
    base, password, mail = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    s = requests.Session()
    words = "They talked over me again at dinner, and when I said so they laughed and changed the subject. " * 3
    sign_up(s, base, password, mail)
    location = post(s, base, "/Incidents/Log", [("Input.WhatHappened", words), ("Input.Title", "Dinner with friends"),
                                                ("Input.Category", "Dismissed"), ("Input.Hurt", "6"), ("Input.TimeZone", "Europe/London"),
                                                ("Input.Feelings.Chosen", "hurt"), ("Input.Feelings.Chosen", "sad"),
                                                ("Input.Feelings.Chosen", "lonely")])
    incident = location.split("?")[0].rsplit("/", 1)[1]
    post(s, base, f"/Incidents/Needs/{incident}", [("Input.Kind", "Apology"), ("Input.ResolutionLooksLike", "They say sorry and mean it, without a but.")])
    post(s, base, f"/Journal/Write?incident={incident}", [("Input.Text", "I keep replaying the moment they laughed. " * 5)])
    plan = post(s, base, f"/Plans/Start/{incident}", []).split("/")[2]
    post(s, base, f"/Plans/{plan}/Need", [("Input.NeedToState", "I need to be heard before we talk about anything else.")])
    post(s, base, f"/Plans/{plan}/Opening", [("Input.OpeningLine", "Can we talk about Friday? I'm not looking for a fight.")])
    for felt in ("small", "lonely"):
        post(s, base, f"/Plans/{plan}/Statements", [("Input.When", "you laughed when I spoke"), ("Input.Felt", felt),
                                                    ("Input.BecauseINeed", "respect"), ("Input.WouldYou", "hear me out next time")], "statement-form")
    repair = post(s, base, f"/Incidents/{incident}/Repair?by=Partner", [("Input.By", "Partner"), ("Input.Kind", "Apology"),
                                                             ("Input.WhatWasSaidOrDone", "They said sorry the next morning."),
                                                             ("Input.Promise", "I'll let you finish before I answer.")])
    attempt = repair.split("#repair-")[1]
    post(s, base, f"/Incidents/{incident}/Repairs/{attempt}", [("status", "Kept")], None,
         f"/Incidents/{incident}/Repairs/{attempt}?handler=FollowThrough")
    post(s, base, f"/Incidents/{incident}/CheckIn", [("Input.Intensity", "4"), ("Input.Resentment", "3"), ("Input.Note", "Lighter than last week.")])
    post(s, base, f"/Incidents/{incident}/Boundaries", [("Input.WhatIWillNotAccept", "Being laughed at when I speak."),
                                                        ("Input.WhatIWillDo", "I will leave the table.")], "boundary-form")
    print(s.cookies.get("hh.session") or s.cookies.get("__Host-hh.session"), incident)


if __name__ == "__main__":
    main()
