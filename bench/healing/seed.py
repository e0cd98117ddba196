"""Signs up through the real pages, logs one incident, records their apology with a promise (marked kept), sets a
boundary and checks in once, and prints '<session cookie> <incident id> <repair attempt id> <boundary id>'.
Usage: seed.py http://127.0.0.1:PORT"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "at-rest"))
from seed import post, signed_up  # noqa: E402  (the at-rest bench's form poster: parse the page, keep the antiforgery token)


def main():
    base = sys.argv[1].rstrip("/")
    session = signed_up(base)
    location = post(session, base, "/Incidents/Log", [("Input.WhatHappened", "They laughed at my new job in front of friends."),
                                                      ("Input.Category", "Dismissed"), ("Input.Hurt", "8"), ("Input.TimeZone", "Europe/London")])
    incident = location.split("?")[0].split("#")[0].rsplit("/", 1)[1]
    location = post(session, base, f"/Incidents/{incident}/Repair?by=Partner",
                    [("Input.By", "Partner"), ("Input.Kind", "Apology"), ("Input.WhatWasSaidOrDone", "Said sorry that evening."),
                     ("Input.Promise", "No jokes about my work in front of others.")])
    attempt = location.split("#repair-")[1]
    post(session, base, f"/Incidents/{incident}/Repairs/{attempt}?handler=FollowThrough", [("status", "Kept")])
    location = post(session, base, f"/Incidents/{incident}/Boundaries", [("Input.WhatIWillNotAccept", "Jokes about my work.")])
    boundary = location.split("#boundary-")[1]
    post(session, base, f"/Incidents/{incident}/CheckIn", [("Input.Intensity", "6"), ("Input.Resentment", "5")])
    print(session.cookies.get("hh.session"), incident, attempt, boundary)


main()
