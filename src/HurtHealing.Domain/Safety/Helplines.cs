namespace HurtHealing.Domain.Safety;

/// <summary>
/// Support lines for people afraid of, or hurt by, a partner, by region. Every fact comes from
/// <c>reference/helplines.md</c> and carries its source addresses, the date it was checked and how.
/// Lines the reference could confirm only from community lists (low confidence) are left out rather
/// than risk sending a frightened person to a dead number: LGBT Ireland's current number, OutLine
/// Aotearoa's digits, the US "Domestic Abuse Helpline for Men and Women", AMIS and MAP.
/// </summary>
public static class Helplines
{
    /// <summary>The day the entries marked <see cref="CheckedAgainstStoredSource"/> were checked.</summary>
    public static readonly DateOnly ReCheckedOn = new(2026, 12, 6);

    /// <summary>The day the reference directory was compiled.</summary>
    public static readonly DateOnly ReferenceCompiledOn = new(2026, 12, 1);

    public const string CheckedAgainstStoredSource =
        "Number checked on 6 December 2026 against a stored copy of the source page; no live site could be reached.";

    public const string FromReferenceDirectory =
        "From our directory compiled on 1 December 2026 from stored copies of the source pages; not re-checked since.";

    public static IReadOnlyList<Helpline> All { get; } =
    [
        // ---- United States ----
        Line(HelplineRegion.UnitedStates, HelplineKind.Emergency, "Emergency services (police, ambulance, fire)",
            "Danger right now.", "24/7", [Call("911")],
            ["http://eveshelter.com/newsfeed/", "https://mlpb.health/digital-digest/federal/interpersonal-safety/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.UnitedStates, HelplineKind.PartnerAbuse, "National Domestic Violence Hotline",
            "Free, confidential support from advocates for anyone hurt or frightened by a partner, and for people worried about someone.", "24/7, by phone, text and chat",
            [Call("1-800-799-7233"), new("TTY 1-800-787-3224", "tel:18007873224"), Text("88788", "START"), Web("Chat at thehotline.org", "https://www.thehotline.org")],
            ["https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts", "https://areachbeyondthesurface.org/the-national-domestic-violence-hotline-a-lifeline-for-those-in-crisis"],
            Rechecked, SourceConfidence.High),
        Line(HelplineRegion.UnitedStates, HelplineKind.Crisis, "988 Suicide & Crisis Lifeline",
            "Free, confidential support for anyone in emotional distress or crisis.", "24/7", [Call("988"), Text("988")],
            ["https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline", "https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/"],
            Rechecked, SourceConfidence.High),
        Line(HelplineRegion.UnitedStates, HelplineKind.LgbtqPlus, "Anti-Violence Project hotline (NYC AVP)",
            "A free bilingual hotline for LGBTQ+ people facing partner abuse or violence.", "24/7, in English and Spanish", [Call("212-714-1141")],
            ["https://avp.org/blog/page/3/", "https://avp.org/2021/12/09/building-community-safety-during-rise-of-hate-violence"], Reference, SourceConfidence.Medium),

        // ---- United Kingdom ----
        Line(HelplineRegion.UnitedKingdom, HelplineKind.Emergency, "Emergency services (999 or 112)",
            "Danger right now. If you can't speak on a mobile, call 999 and press 55 when asked.", "24/7", [Call("999"), Call("112")],
            ["https://www.stocktoninformationdirectory.org/domestic-abuse", "https://www.centre56.org.uk/domestic-abuse", "https://www.wellingtonpractice.co.uk/emergency-information/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.PartnerAbuse, "National Domestic Abuse Helpline (England, run by Refuge)",
            "Free, confidential support for women experiencing domestic abuse; you can ask online for a call back at a safe time.", "24/7",
            [Call("0808 2000 247"), Web("nationaldahelpline.org.uk", "https://www.nationaldahelpline.org.uk")],
            ["https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19", "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims"],
            Rechecked, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.PartnerAbuse, "Live Fear Free (Wales)",
            "Free help for anyone in Wales affected by domestic abuse or sexual violence.", "24/7",
            [Call("0808 80 10 800"), Text("07860 077333")],
            ["https://www.gov.wales/live-fear-free/sexual-violence", "https://www.welshwomensaid.org.uk/2020/10/circuit-breaker-lockdown-wales/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.PartnerAbuse, "Domestic Abuse and Forced Marriage Helpline (Scotland)",
            "Free support for anyone in Scotland; option 2 on the phone menu is for men, option 3 for non-binary people.", "24/7",
            [Call("0800 027 1234")],
            ["https://safer.scot/information/da/report/", "https://scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-to-me"], Reference, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.PartnerAbuse, "Domestic and Sexual Abuse Helpline (Northern Ireland)",
            "Free support for anyone in Northern Ireland, of any gender or age.", "24/7", [Call("0808 802 1414")],
            ["https://www.victimsupportni.com/help-for-victims/domestic-violence", "https://www.bbc.com/news/uk-northern-ireland-64264109"], Reference, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.Crisis, "Samaritans",
            "Free, confidential listening for anyone who is struggling; the number doesn't show on your phone bill.", "24/7", [Call("116 123")],
            ["https://www.samaritans.org/how-we-can-help/contact-samaritan/", "https://london.sunderland.ac.uk/about/news-home/health-wellbeing/samaritans"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.Men, "Men's Advice Line (run by Respect)",
            "Free support for men experiencing domestic abuse.", "Weekdays; current hours not confirmed", [Call("0808 801 0327")],
            ["https://www.centre56.org.uk/domestic-abuse", "https://mumandbabyaccessible.imagineear.com/2019/05/22/domestic-abuse"], Reference, SourceConfidence.High),
        Line(HelplineRegion.UnitedKingdom, HelplineKind.LgbtqPlus, "Galop, National LGBT+ Domestic Abuse Helpline",
            "Support for LGBT+ people experiencing domestic abuse.", "Mon–Thu 10am–8:30pm, Fri 10am–4:30pm (as of Feb 2023)", [Call("0800 999 5428")],
            ["https://mumandbabyaccessible.imagineear.com/2019/05/22/domestic-abuse", "https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched"], Reference, SourceConfidence.High),

        // ---- Ireland ----
        Line(HelplineRegion.Ireland, HelplineKind.Emergency, "Emergency services (112 or 999)",
            "Danger right now: Gardaí, ambulance, fire.", "24/7", [Call("112"), Call("999")],
            ["https://www.garda.ie/en/crime/domestic-abuse/how-do-i-report-domestic-abuse-.html", "https://www.irishpost.com/news/domestic-abuse-victims-urged-to-contact-gardai-as-rise-in-cases-reported-in-ireland-283084"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Ireland, HelplineKind.PartnerAbuse, "Women's Aid National Freephone Helpline",
            "Free support for women experiencing abuse from a partner or ex-partner, and for people worried about them.", "24/7, Christmas Day included", [Call("1800 341 900")],
            ["https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/", "https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/", "https://irishcentral.com/news/womens-aid-domestic-violence-helpline"],
            Rechecked, SourceConfidence.High),
        Line(HelplineRegion.Ireland, HelplineKind.Crisis, "Samaritans Ireland",
            "Free, confidential listening for anyone who is struggling.", "24/7", [Call("116 123")],
            ["https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html", "https://www.belfasttelegraph.co.uk/news/republic-of-ireland/samaritans-answer-2-9m-calls-in-five-years-of-free-helpline-37970429.html"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Ireland, HelplineKind.Crisis, "50808 text service",
            "Free text support for anyone in crisis.", "24/7", [Text("50808")],
            ["https://avondhupress.ie/live-saving-innovative-24-7-text-service-launches-in-ireland/", "https://www.irishtimes.com/life-and-style/health-family/crisis-text-line-launches-24-hour-mental-health-service-1.4277617"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Ireland, HelplineKind.Men, "Male Advice Line (Men's Development Network)",
            "Free support for men experiencing domestic abuse.", "Hours vary; current hours not confirmed", [Call("1800 816 588")],
            ["https://www.thejournal.ie/male-victims-domestic-abuse-helpline-4643294-May2019/", "https://www.southeastradio.ie/mens-development-network-spotlights-essential-services/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Ireland, HelplineKind.Men, "Men's Aid Ireland",
            "A national helpline for men experiencing domestic abuse.", "Hours not confirmed", [Call("01 554 3811")],
            ["https://kfmradio.com/news/18032021-1230/listen-mens-aid-reports-35-increase-contacts-victims-domestic-abuse"], Reference, SourceConfidence.Medium),

        // ---- Canada ----
        Line(HelplineRegion.Canada, HelplineKind.Emergency, "Emergency services (911)",
            "Danger right now. Where 911 isn't available, call the local police emergency number.", "24/7", [Call("911")],
            ["https://bac-lac.wayback.archive-it.org/web/20230215070323/https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html", "https://endvaw.ca/covid-19-public/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Canada, HelplineKind.Directory, "ShelterSafe.ca (Women's Shelters Canada)",
            "Canada has no single national line: this map finds the nearest shelter's 24-hour crisis line, and you don't have to stay at a shelter to use it.", "Shelter lines are 24/7",
            [Web("sheltersafe.ca", "https://sheltersafe.ca")],
            ["https://ihtoday.ca/sheltersafe-ca-a-lifeline-to-safety-for-abused-women-and-their-children/", "https://endvaw.ca/covid-19-public/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Canada, HelplineKind.PartnerAbuse, "VictimLinkBC (British Columbia and Yukon)",
            "Free crisis support for victims of family and sexual violence, in 110+ languages.", "24/7", [Call("1-800-563-0808")],
            ["https://news.gov.bc.ca/releases/2016PSSG0111-000923", "https://www.policevictimservices.bc.ca/need-help/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Canada, HelplineKind.PartnerAbuse, "SOS violence conjugale (Québec)",
            "Free, confidential, bilingual help for anyone affected by partner violence.", "24/7", [Call("1-800-363-9010")],
            ["https://www.westislandnews.com/post/together-stop-the-virus-and-the-violence-24-7-help-hotlines", "https://www.accueil-pourelle.org/documentation/sos-violence-conjugale/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Canada, HelplineKind.PartnerAbuse, "Family Violence Info Line (Alberta)",
            "Free help for anyone affected by family violence, in 170+ languages.", "24/7", [Call("310-1818"), Text("310-1818")],
            ["https://www.alberta.ca/release.cfm?xID=8492004BE91D6-04CD-E416-524BF9B9C42C8695", "https://www.lawsociety.ab.ca/family-violence-prevention-month/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Canada, HelplineKind.PartnerAbuse, "Assaulted Women's Helpline (Ontario)",
            "Free, anonymous counselling for women, in 200+ languages.", "24/7", [Call("1-866-863-0511"), new("TTY 1-866-863-7868", "tel:18668637868")],
            ["https://cupe.on.ca/help/?share=facebook", "https://issuu.com./globalheroes/docs/1223-ghn_-_global_heroes_for_approval/12"], Reference, SourceConfidence.Medium),
        Line(HelplineRegion.Canada, HelplineKind.PartnerAbuse, "Domestic violence crisis line (Manitoba)",
            "The provincial crisis line of Manitoba's shelters.", "24/7", [Call("1-877-977-0007")],
            ["https://maws.mb.ca/news/shelters-and-covid-19/"], Reference, SourceConfidence.Medium),
        Line(HelplineRegion.Canada, HelplineKind.Crisis, "9-8-8: Suicide Crisis Helpline",
            "Free support for anyone thinking about suicide or in emotional crisis, in English and French.", "24/7", [Call("988"), Text("988")],
            ["https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html", "https://mobilesyrup.com/2023/11/30/federal-government-launches-9-8-8-suicide-crisis-helpline/"],
            Rechecked, SourceConfidence.High),

        // ---- Australia ----
        Line(HelplineRegion.Australia, HelplineKind.Emergency, "Triple Zero (000)",
            "Danger right now. 112 also works from mobiles; 106 is for TTY users. You can't reach 000 by text.", "24/7", [Call("000"), Call("112")],
            ["https://www.acma.gov.au/emergency-calls", "https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Australia, HelplineKind.PartnerAbuse, "1800RESPECT",
            "Free counselling and support for anyone affected by domestic, family or sexual violence; text if it isn't safe to talk.", "24/7",
            [Call("1800 737 732"), Text("0458 737 732")],
            ["https://thedailyaus.com.au/stories/1800-respect-text-messaging/", "https://janastewart.com.au/media-and-news/media-releases/1800respect-expanded/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.Australia, HelplineKind.Crisis, "Lifeline",
            "Support for anyone in crisis.", "24/7", [Call("13 11 14"), Text("0477 13 11 14")],
            ["https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7", "https://www.9news.com.au/national/lifeline-launches-247-text-service-as-record-numbers-of-australians-seek-support/51f2cf15-e2ba-40be-830f-a7d80a49f740"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Australia, HelplineKind.Men, "MensLine Australia",
            "Free counselling for men, including about relationships and family violence.", "24/7", [Call("1300 78 99 78")],
            ["https://formerministers.dss.gov.au/7631/help_sep/", "https://formerministers.dss.gov.au/304/mens-line-australia-helping-men-across-the-country/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.Australia, HelplineKind.LgbtqPlus, "QLife",
            "Free peer support for LGBTIQ+ people (not a crisis service).", "3pm–midnight local time, every day", [Call("1800 184 527")],
            ["https://www.qlife.org.au/faqs", "https://qnews.com.au/helpline-qlife-celebrates-10-years-of-supporting-lgbtiq-australians/"], Reference, SourceConfidence.High),

        // ---- New Zealand ----
        Line(HelplineRegion.NewZealand, HelplineKind.Emergency, "Emergency services (111)",
            "Danger right now. If you can't speak, call 111, stay silent and press 55.", "24/7", [Call("111")],
            ["https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/", "https://womensrefuge.org.nz/get-help/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.NewZealand, HelplineKind.PartnerAbuse, "Women's Refuge crisis line",
            "Free from any phone; you are put through to your local Refuge.", "24/7", [Call("0800 733 843")],
            ["https://womensrefuge.org.nz/get-help/", "https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.NewZealand, HelplineKind.PartnerAbuse, "Shine Helpline",
            "Free help for anyone of any gender experiencing family violence.", "Sources differ: 9am–11pm every day, or 24/7", [Call("0508 744 633")],
            ["https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/", "https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.NewZealand, HelplineKind.PartnerAbuse, "It's Not OK family violence information line",
            "Free information about family violence and where to get help.", "9am–11pm every day (one source says 24/7)", [Call("0800 456 450")],
            ["https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.NewZealand, HelplineKind.Crisis, "Need to talk? 1737",
            "Free support from a trained counsellor, by call or text.", "24/7", [Call("1737"), Text("1737")],
            ["http://www.newshub.co.nz/home/health/2017/06/combined-text-and-call-helpline-to-assist-mental-health-crunch.html", "https://www.pegasus.health.nz/?p=6300"], Reference, SourceConfidence.High),

        // ---- India ----
        Line(HelplineRegion.India, HelplineKind.Emergency, "Emergency Response Support System (112)",
            "Danger right now: police, fire, ambulance. On a smartphone, pressing the power button three times makes a panic call.", "24/7", [Call("112")],
            ["https://visitnilgiris.org/en/rights/women-child-safety", "https://www.businesstoday.in/current/economy-politics/20-states-join-pan-india-single-emergency-helpline-number-112/story/338636.html"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.India, HelplineKind.PartnerAbuse, "Women Helpline (181)",
            "Free help for women facing domestic violence, with referral to a One Stop (Sakhi) Centre.", "24/7", [Call("181")],
            ["https://www.newindianexpress.com/nation/2020/apr/18/lockdown-over-50-helplines-set-up-across-india-to-help-women-facing-domestic-violence-2132024.html", "https://visitnilgiris.org/en/rights/women-child-safety"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.India, HelplineKind.PartnerAbuse, "Women in distress police helpline (1091)",
            "The police helpline for women in distress.", "Hours not stated", [Call("1091")],
            ["https://www.newindianexpress.com/nation/2020/apr/18/lockdown-over-50-helplines-set-up-across-india-to-help-women-facing-domestic-violence-2132024.html", "https://visitnilgiris.org/en/rights/women-child-safety"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.India, HelplineKind.PartnerAbuse, "National Commission for Women helpline",
            "Help for women affected by violence.", "24/7", [Call("7827170170"), Call("14490")],
            ["https://thelogicalindian.com/trending/ncw-launches-24-hour-helpline-number-for-women-29898", "https://pragativadi.com/smriti-irani-launches-24-7-helpline-for-women-affected-by-violence/"], Reference, SourceConfidence.High),
        Line(HelplineRegion.India, HelplineKind.Crisis, "Tele-MANAS",
            "Free national mental-health support, in 20 languages.", "24/7", [Call("14416"), Call("1-800-891-4416")],
            ["https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/", "https://menafn.com/1109390520/Over-Rs-230-Cr-Allocated-For-National-Tele-Mental-Health-Programme-Since-2022-Centre"], Reference, SourceConfidence.High),

        // ---- Everywhere else ----
        Line(HelplineRegion.International, HelplineKind.Emergency, "Your local emergency number (112 in the EU)",
            "Danger right now. 112 reaches emergency services free from any phone in every EU country and from many mobiles elsewhere; if you know your local number, use it.", "24/7",
            [Call("112")],
            ["http://europa.eu/rapid/press-release_MEMO-05-363_en.htm?locale=en", "https://www.digitalhealth.net/2008/12/pan-european-112-emergency-number-a-reality/"], Rechecked, SourceConfidence.High),
        Line(HelplineRegion.International, HelplineKind.Directory, "Find A Helpline",
            "A directory of free, confidential helplines for each country, including lines for abuse.", "Varies by line",
            [Web("findahelpline.com", "https://findahelpline.com")],
            ["https://findahelpline.com/AU", "https://developer.throughlinecare.com/general"], Rechecked, SourceConfidence.Medium),
    ];

    /// <summary>Every region, in the order the page lists them.</summary>
    public static IReadOnlyList<HelplineRegion> Regions { get; } = [.. Enum.GetValues<HelplineRegion>()];

    /// <summary>The lines for a region, in the order the page shows them.</summary>
    public static IReadOnlyList<Helpline> For(HelplineRegion region) =>
        [.. All.Where(h => h.Region == region).OrderBy(h => h.Kind)];

    /// <summary>The region's emergency line.</summary>
    public static Helpline EmergencyFor(HelplineRegion region) =>
        All.First(h => h.Region == region && h.Kind == HelplineKind.Emergency);

    public static string RegionName(HelplineRegion region) => region switch
    {
        HelplineRegion.UnitedStates => "United States",
        HelplineRegion.UnitedKingdom => "United Kingdom",
        HelplineRegion.Ireland => "Ireland",
        HelplineRegion.Canada => "Canada",
        HelplineRegion.Australia => "Australia",
        HelplineRegion.NewZealand => "New Zealand",
        HelplineRegion.India => "India",
        HelplineRegion.International => "Anywhere else",
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region."),
    };

    /// <summary>A sensible first region from an IANA or Windows time-zone id; the person can always change it.</summary>
    public static HelplineRegion RegionForTimeZone(string? timeZoneId)
    {
        var id = timeZoneId?.Trim() ?? "";
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana))
        {
            id = iana;
        }

        return id switch
        {
            "Europe/London" or "Europe/Belfast" or "GB" => HelplineRegion.UnitedKingdom,
            "Europe/Dublin" or "Eire" => HelplineRegion.Ireland,
            "Asia/Kolkata" or "Asia/Calcutta" => HelplineRegion.India,
            "Pacific/Auckland" or "Pacific/Chatham" or "NZ" => HelplineRegion.NewZealand,
            _ when id.StartsWith("Australia/", StringComparison.Ordinal) => HelplineRegion.Australia,
            _ when CanadianZones.Contains(id) || id.StartsWith("Canada/", StringComparison.Ordinal) => HelplineRegion.Canada,
            _ when id.StartsWith("US/", StringComparison.Ordinal) || UnitedStatesZones.Contains(id)
                   || id.StartsWith("America/Indiana/", StringComparison.Ordinal) || id.StartsWith("America/Kentucky/", StringComparison.Ordinal)
                   || id.StartsWith("America/North_Dakota/", StringComparison.Ordinal) || id == "Pacific/Honolulu" => HelplineRegion.UnitedStates,
            _ => HelplineRegion.International,
        };
    }

    private static readonly HashSet<string> CanadianZones = new(StringComparer.Ordinal)
    {
        "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/St_Johns",
        "America/Regina", "America/Montreal", "America/Moncton", "America/Glace_Bay", "America/Goose_Bay", "America/Whitehorse",
        "America/Yellowknife", "America/Iqaluit", "America/Rankin_Inlet", "America/Resolute", "America/Cambridge_Bay",
        "America/Inuvik", "America/Dawson", "America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Swift_Current",
        "America/Thunder_Bay", "America/Nipigon", "America/Rainy_River", "America/Atikokan", "America/Blanc-Sablon",
    };

    private static readonly HashSet<string> UnitedStatesZones = new(StringComparer.Ordinal)
    {
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage",
        "America/Detroit", "America/Boise", "America/Juneau", "America/Sitka", "America/Nome", "America/Yakutat", "America/Metlakatla",
        "America/Adak", "America/Menominee",
    };

    private const bool Rechecked = true;
    private const bool Reference = false;

    private static Helpline Line(
        HelplineRegion region, HelplineKind kind, string name, string forWhat, string hours,
        IReadOnlyList<HelplineContact> contacts, IReadOnlyList<string> sources, bool rechecked, SourceConfidence confidence) =>
        new(region, kind, name, forWhat, hours, contacts, [.. sources.Select(s => new Uri(s, UriKind.Absolute))],
            rechecked ? ReCheckedOn : ReferenceCompiledOn,
            rechecked ? CheckedAgainstStoredSource : FromReferenceDirectory,
            confidence);

    private static HelplineContact Call(string number) => new("Call " + number, "tel:" + Digits(number));

    private static HelplineContact Text(string number, string? body = null) =>
        new(body is null ? "Text " + number : $"Text {body} to {number}", "sms:" + Digits(number) + (body is null ? "" : "?body=" + Uri.EscapeDataString(body)));

    private static HelplineContact Web(string label, string address) => new(label, address);

    private static string Digits(string number) => new([.. number.Where(char.IsAsciiDigit)]);
}
