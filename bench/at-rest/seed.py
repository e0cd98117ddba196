"""Signs up through the real pages, logs one incident with feelings and a need, and prints
'<session cookie> <incident id>'. Usage: seed.py http://127.0.0.1:PORT"""
import html.parser
import sys
import uuid

import requests


class Form(html.parser.HTMLParser):
    """The fields a browser would send from the page's first form with method=post inside <main>."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_main, self.done, self.in_form, self.textarea = [], False, False, False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.in_main = True
        elif tag == "form" and self.in_main and not self.done and (a.get("method") or "").lower() == "post":
            self.in_form = True
        elif self.in_form and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button") or (kind in ("radio", "checkbox") and "checked" not in a):
                return
            self.fields.append((a["name"], a.get("value") or ""))
        elif self.in_form and tag == "textarea" and a.get("name"):
            self.textarea = a["name"]
            self.fields.append((a["name"], ""))

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form, self.done = False, True
        elif tag == "textarea":
            self.textarea = None


def post(session, base, path, values):
    page = session.get(base + path)
    page.raise_for_status()
    form = Form()
    form.feed(page.text)
    names = {name for name, _ in values}
    fields = [(n, v) for n, v in form.fields if n not in names] + values
    response = session.post(base + path, data=fields, allow_redirects=False)
    if response.status_code != 302:
        sys.exit(f"{path}: expected a redirect, got {response.status_code}")
    return response.headers["Location"]


def main():
    base = sys.argv[1].rstrip("/")
    session = requests.Session()
    post(session, base, "/Account/Register", [("Input.Email", f"bench-{uuid.uuid4().hex}@example.test"),
                                              ("Input.Password", "a calm blue river at dusk")])
    location = post(session, base, "/Incidents/Log", [("Input.WhatHappened", "They talked over me again at dinner."),
                                                      ("Input.Category", "Dismissed"), ("Input.Hurt", "6"), ("Input.TimeZone", "Europe/London"),
                                                      ("Input.Feelings.Chosen", "hurt"), ("Input.Feelings.Chosen", "sad"),
                                                      ("Input.Feelings.Chosen", "angry")])
    incident = location.split("?")[0].rsplit("/", 1)[1]
    post(session, base, f"/Incidents/Needs/{incident}", [("Input.Kind", "Apology")])
    print(session.cookies.get("hh.session"), incident)


if __name__ == "__main__":
    main()
