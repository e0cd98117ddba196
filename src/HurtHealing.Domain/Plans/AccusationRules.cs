using HurtHealing.Domain.Incidents;
using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// The patterns behind <see cref="AccusationCheck"/>. Every pattern runs on text whose apostrophes and
/// quotes were already made straight (same length, so indices still point into the original), is
/// case-insensitive and has a match timeout. The regexes are interpreted, not
/// <see cref="RegexOptions.Compiled"/>: compiling about thirty of them cost 3 to 5 seconds on first use
/// on a 2-core machine, while interpreted matching takes well under a millisecond per sentence.
/// Patterns that open with a lookbehind first anchor on a cheap word boundary so they stay fast.
/// </summary>
internal static partial class AccusationRules
{
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // ---- shared vocabularies -------------------------------------------------------------------

    // Words after "you're so / such a / too" that praise, care or describe a passing state rather than label.
    private static readonly HashSet<string> NotALabel = Set(
        "important", "kind", "good", "sweet", "lovely", "patient", "loving", "caring", "thoughtful", "special",
        "beautiful", "handsome", "gorgeous", "cute", "pretty", "funny", "smart", "clever", "wise", "strong",
        "brave", "generous", "dear", "precious", "wonderful", "amazing", "awesome", "supportive", "gentle",
        "talented", "right", "great", "gracious", "understanding", "warm", "fun", "loved", "welcome", "lucky",
        "tired", "stressed", "worried", "exhausted", "calm", "honest", "brilliant", "incredible", "fantastic",
        "helpful", "attentive", "considerate", "forgiving", "easy", "safe", "appreciated", "valued", "missed",
        "much", "far", "close", "proud", "hardworking", "hard-working", "creative", "dedicated", "devoted",
        "steady", "open", "sorry", "gift", "blessing", "sweetheart", "treasure", "catch", "joy", "comfort",
        "rock", "star", "darling", "sweetie", "gem", "keeper", "relief", "angel", "hero", "natural", "sexy",
        "romantic", "fair", "reliable", "young", "gentleman", "lady", "sweetie", "good listener");

    // Feelings that are welcome to hear: "you make me feel safe" is appreciation, not blame.
    private static readonly HashSet<string> PositiveFeelings = Set(
        "safe", "loved", "seen", "heard", "happy", "special", "wanted", "valued", "cherished", "understood",
        "better", "good", "calm", "beautiful", "appreciated", "supported", "lucky", "proud", "strong",
        "confident", "respected", "important", "comforted", "hopeful", "grateful", "welcome", "whole", "alive",
        "young", "cared", "relaxed", "peaceful", "excited", "desired", "sexy", "protected", "treasured",
        "adored", "brave", "capable", "included", "chosen", "laugh", "smile", "home", "ease", "peace", "held", "free",
        "glad");

    // Feelings that can follow "you make me…" without the word "feel" ("you make me so angry").
    private static readonly HashSet<string> EmotionWords = Set(
        "angry", "mad", "sad", "sick", "crazy", "miserable", "furious", "jealous", "insecure", "anxious", "cry",
        "nervous", "upset", "scared", "afraid", "ashamed", "guilty", "hate", "doubt", "question", "worthless",
        "stupid", "small", "lonely", "paranoid", "depressed", "frustrated", "resentful", "bitter", "hurt");

    // Words a person can use as their own feeling in a rewrite, as written.
    private static readonly HashSet<string> PlainFeelings = Set(
        "angry", "mad", "sad", "anxious", "insecure", "jealous", "scared", "afraid", "upset", "lonely", "hurt",
        "miserable", "furious", "frustrated", "nervous", "ashamed", "guilty", "small", "embarrassed",
        "humiliated", "alone", "confused", "overwhelmed", "exhausted", "resentful", "depressed", "helpless");

    // Words from what a person wrote, mapped to gentler feelings for the rewrite.
    private static readonly Dictionary<string, string[]> GentlerThanWritten = new(StringComparer.OrdinalIgnoreCase)
    {
        ["crazy"] = ["confused", "overwhelmed"],
        ["stupid"] = ["small", "embarrassed"],
        ["worthless"] = ["small", "hurt"],
        ["invisible"] = ["lonely", "overlooked"],
        ["paranoid"] = ["anxious", "unsure"],
        ["sick"] = ["hurt", "upset"],
        ["cry"] = ["hurt", "sad"],
        ["hate"] = ["hurt", "angry"],
        ["mad"] = ["angry"],
    };

    private static readonly string[] HardInsultNouns =
    [
        "idiot", "moron", "imbecile", "jerk", "loser", "asshole", "arsehole", "bitch", "bastard", "dick", "prick",
        "dumbass", "psycho", "psychopath", "sociopath", "narcissist", "freak", "coward", "clown", "pig", "slob",
        "creep", "liar", "hypocrite", "brat", "lunatic", "fool", "monster", "deadbeat", "nutcase", "weirdo",
        "scumbag", "snake", "cow", "witch", "failure", "waste of space", "piece of work", "piece of shit",
        "drama queen", "control freak", "joke",
    ];

    // Names that wound whatever frame they come in: "you're such an idiot" is name-calling, not a label for who they are.
    private static readonly HashSet<string> Slurs = Set(
        "idiot", "moron", "imbecile", "jerk", "loser", "asshole", "arsehole", "bitch", "bastard", "dick", "prick", "dumbass",
        "psycho", "psychopath", "sociopath", "freak", "pig", "creep", "lunatic", "monster", "deadbeat", "nutcase", "weirdo",
        "scumbag", "snake", "cow", "witch", "waste of space", "piece of shit", "brat", "slob", "clown", "fool", "liar");

    private static readonly string[] HardInsultAdjectives =
        ["stupid", "dumb", "pathetic", "useless", "worthless", "disgusting", "crazy", "insane", "nuts", "idiotic"];

    // Insulting as a label ("you're such a baby") but ordinary words elsewhere ("thank you, baby").
    private static readonly string[] FramedOnlyNouns = ["baby", "child", "kid", "toddler", "nag", "cheat", "cheater", "bully", "trash", "garbage"];

    // Character labels: name-calling when stated flat ("you're selfish"); after "so"/"such" the
    // "you're so…" rule owns them.
    private static readonly string[] CharacterLabels =
    [
        "selfish", "lazy", "cold", "heartless", "immature", "childish", "controlling", "toxic", "inconsiderate",
        "careless", "thoughtless", "insensitive", "ungrateful", "unreliable", "irresponsible", "rude", "mean",
        "cruel", "manipulative", "dramatic", "needy", "clingy", "paranoid", "hysterical", "spoiled", "spoilt",
        "arrogant", "self-centred", "self-centered", "boring", "incompetent", "clueless", "weak", "spineless",
        "two-faced", "fake", "mess", "nightmare", "snob", "the worst",
    ];

    private static readonly string[] NegativeGerunds =
    [
        "ruining", "forgetting", "embarrassing", "ignoring", "missing", "wrecking", "blowing", "breaking",
        "messing", "screwing", "humiliating", "ditching", "spoiling", "lying", "leaving", "letting me down",
        "making me", "showing me up", "upsetting", "being late", "standing me up",
    ];

    private static readonly string[] NegativePastVerbs =
    [
        "ruined", "forgot", "forgotten", "embarrassed", "ignored", "missed", "wrecked", "blew", "blown", "broke",
        "broken", "messed", "screwed", "humiliated", "ditched", "spoiled", "spoilt", "lied", "left", "let me down",
        "made it worse", "upset", "stood me up",
    ];

    // ---- pattern pieces --------------------------------------------------------------------------

    private const string YouAre = @"you(?:'re|re|\s+are)";

    // The start of a clause: start of text or after punctuation, allowing a few filler words ("oh,", "just").
    private const string ClauseStart =
        @"(?<=(?:^|[.!?;:,…—""(-])\s*(?:(?:oh|ah|well|so|just|yeah|wow|and|seriously|fine|okay|ok|really)\s*,?\s*)*)";

    private const string FeelVerb =
        @"(?:(?:\s+(?:really|just|honestly|sometimes|still|often|always|also|kind\s+of|sort\s+of))?\s+(?:feel|felt)"
        + @"|'m\s+feeling|m\s+feeling|\s+am\s+feeling|\s+was\s+feeling|'ve\s+felt|ve\s+felt|\s+have\s+felt"
        + @"|'ve\s+been\s+feeling|\s+have\s+been\s+feeling|\s+keep\s+feeling|\s+end\s+up\s+feeling)";

    private const string NotSayingThat =
        @"(?<!\b(?:never\s+said|didn't\s+say|didnt\s+say|did\s+not\s+say|don't\s+think|dont\s+think|do\s+not\s+think"
        + @"|not\s+saying|didn't\s+mean|never\s+thought|never\s+called|didn't\s+call|not\s+calling|wouldn't\s+say"
        + @"|won't\s+say)\s+(?:that\s+)?)";

    /// <summary>Kinds from most to least specific; on overlap the more specific finding is kept.</summary>
    internal static IReadOnlyList<AccusationKind> Specificity { get; } =
    [
        AccusationKind.Boundary,
        AccusationKind.Threat,
        AccusationKind.VeiledThreat,
        AccusationKind.NameCalling,
        AccusationKind.SarcasticPraise,
        AccusationKind.Contempt,
        AccusationKind.JudgementAsFeeling,
        AccusationKind.BlameFeeling,
        AccusationKind.OthersOpinion,
        AccusationKind.Comparison,
        AccusationKind.MindReading,
        AccusationKind.GlobalCriticism,
        AccusationKind.YouMakeMeFeel,
        AccusationKind.AnyoneWould,
        AccusationKind.WhyDoYou,
        AccusationKind.YoureSo,
        AccusationKind.AlwaysNever,
    ];

    private static List<AccusationRule> Build()
    {
        var rules = new List<AccusationRule>();
        rules.AddRange(Boundaries());
        rules.AddRange(Threats());
        rules.AddRange(NameCalling());
        rules.AddRange(Contempt());
        rules.Add(JudgementAsFeeling());
        rules.Add(BlameFeeling());
        rules.AddRange(YouMakeMeFeel());
        rules.AddRange(AnyoneWould());
        rules.Add(WhyDoYou());
        rules.Add(YoureSo());
        rules.Add(AlwaysNever());
        rules.AddRange(GrammarRules());
        rules.AddRange(WidenedRules());
        rules.AddRange(ThirdRoundRules());
        rules.AddRange(FifthRoundRules());
        rules.AddRange(SixthRoundRules());
        return rules;
    }

    // "I'll", "I will", "I'm going to", "I'm gonna", "I swear I'll".
    private const string IWill =
        @"\bi(?:'ll|ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|m\s+gonna|\s+am\s+gonna|\s+swear\s+i'll|\s+swear\s+i\s+will)"
        + @"\s+(?:just\s+|simply\s+|seriously\s+|actually\s+)?";

    // Leaving, or ending the relationship: a decision about the person's own life (a boundary), never a threat.
    private const string LeaveConsequence =
        @"(?:leave\s+you\b|leave\s+(?:this\s+(?:relationship|marriage)|for\s+good)|leave(?=\s*(?:[.!?;]|$))|divorce\s+you"
        + @"|break\s+up\s+with\s+you|end\s+(?:this\s+relationship|this\s+marriage|our\s+relationship|our\s+marriage|our\s+engagement|this\s+engagement|us\b|things\s+between\s+us)"
        + @"|move\s+out|walk\s+out(?:\s+on\s+you)?|be\s+gone\b|file\s+for\s+divorce|separate\b)";

    // Threats keep what aims to punish or frighten: "make you pay", "take the kids", "or else", "last chance".
    private static IEnumerable<AccusationRule> Threats()
    {
        const string consequence =
            @"(?:kick\s+you\s+out|take\s+the\s+kids"
            + @"|tell\s+(?:everyone|everybody|your\s+(?:mother|mum|mom|dad|father|parents|family|friends|boss|sister|brother))(?=\s*(?:[.!?;]|$|everything|about|what\s+you|the\s+truth|how\s+you))"
            + @"|make\s+you\s+(?:pay|regret|sorry)|find\s+someone\s+(?:else|who)|stop\s+(?:talking|speaking)\s+to\s+you"
            + @"|never\s+(?:speak|talk)\s+to\s+you\s+again)";
        yield return Rule(AccusationKind.Threat, IWill + consequence);

        yield return Rule(AccusationKind.Threat, @"\bi(?:'m|m|\s+am)\s+warning\s+you");

        // "Do it again and…", "one more time and…" are threats only when what follows is not leaving.
        const string notLeaving =
            @"(?!\s*,?\s*(?:then\s+)?(?:i'?ll|i\s+will|i'?m|i\s+am|we'?re|we\s+are|it'?s|it\s+is)\s+(?:going\s+to\s+|gonna\s+)?(?:leave|leaving|gone|go\b|move|moving|walk|done|over|through|finished|divorc|end|separat|out\b|break|filing))";
        yield return Rule(AccusationKind.Threat,
            @"\b(?:or\s+else\b|your\s+last\s+chance\b|(?:this\s+is|that\s+was)\s+(?:the|your)\s+last\s+(?:chance|time)\b"
            + @"|final\s+warning|don'?t\s+test\s+me"
            + @"|you(?:'ll|ll|\s+will)\s+(?:regret\s+(?:it|this|that)|be\s+sorry"
            + @"|never\s+see\s+(?:me|us|the\s+kids|your\s+kids|the\s+children|your\s+children)\s+again)"
            + @"|don'?t\s+bother\s+coming\s+(?:home|back)\b|one\s+more\s+time\s*,?\s+and\b" + notLeaving
            + @"|(?:do|try|say)\s+(?:that|it|this)\s+(?:one\s+more\s+time|again)\s*,?\s+and\b" + notLeaving + @"\s+(?:i|we|you|that)\b"
            + @"|(?:it'?s|choose|pick)\s*:?\s+(?:either\s+)?(?:me|us)\s+or\s+(?:them|her|him|your|the|that)\b)");
    }

    // A boundary or a decision to leave: acknowledged as it stands, never softened and never called a threat.
    private static IEnumerable<AccusationRule> Boundaries()
    {
        // "I'll leave you", "Do it again and I'll leave", "I'm going to move out".
        yield return Rule(AccusationKind.Boundary,
            @"(?:\b(?:do|try|say)\s+(?:that|it|this)\s+(?:one\s+more\s+time|again)\s*,?\s+and\s+)?" + IWill + LeaveConsequence);

        // "Do it again and I'm leaving", "I'm done with you", "I'm moving out", "I'm filing for divorce".
        yield return Rule(AccusationKind.Boundary,
            @"(?:\b(?:do|try|say)\s+(?:that|it|this)\s+(?:one\s+more\s+time|again)\s*,?\s+and\s+)?"
            + @"\bi(?:'m|m|\s+am)\s+(?:(?:really|seriously|actually|now|finally)\s+)?(?:gone(?=\s*(?:[.!?;]|$|for\s+good))|leaving\s+you\b|leaving\s+for\s+good|leaving(?=\s*(?:[.!?;,]|$|and\s+that))|out\s+of\s+here"
            + @"|(?:so\s+)?done\s+with\s+(?:you\b|us\b|this\s+relationship|this\s+marriage|this(?=\s*(?:[.!?;]|$)))"
            + @"|filing\s+(?:for\s+(?:a\s+)?divorce|(?:for\s+)?the\s+(?:divorce\s+)?papers)|moving\s+out|moving\s+(?:back\s+)?(?:in\s+with|back\s+(?:home|to\s+my|in\s+with))|leaving\s+(?:him|her|them|my\s+(?:husband|wife|partner|boyfriend|girlfriend))\b|walking\s+out|ending\s+(?:this|our|things|it\b)|breaking\s+up\s+with\s+you|separating\b|calling\s+the\s+police"
            + @"|not\s+coming\s+(?:home|back)(?=\s*(?:[.!?;]|$|tonight|until))|staying\s+(?:at|with)\s+(?:my|a|the)\b|sleeping\s+in\s+the\s+(?:spare|other|guest)"
            // "I'm taking the kids to my parents' for the weekend" is a decision; tied to "if you…" it is a threat.
            + @"|(?<!\b(?:if|unless)\s+(?:you|u)\b[^.!?;]{0,80})taking\s+the\s+(?:kids|children)\s+to)");

        // "We're done", "It's over between us", "Either you stop drinking or I'm out".
        yield return Rule(AccusationKind.Boundary,
            @"\bwe(?:'re|\s+are)\s+(?:done|through|finished|over)(?=\s*(?:[.!?;,]|$|for\s+good))");
        yield return Rule(AccusationKind.Boundary,
            @"\b(?=it|this)(?<!\bof\s+)(?:it's|its|it\s+is|this\s+is)\s+over(?=\s*(?:[.!?;]|$|between\s+us|for\s+good))");
        yield return Rule(AccusationKind.Boundary,
            @"\bor\s+(?:i'?m|i\s+am)\s+(?:leaving|gone|out|done)\b|\bor\s+we'?re\s+(?:done|over|finished|through)\b|\bor\s+(?:it's|it\s+is)\s+over\b");

        // "I want a divorce", "I've decided to separate", "I want you to move out".
        yield return Rule(AccusationKind.Boundary,
            @"\bi\s+want\s+(?:out(?=\s*(?:[.!?;,]|$|of\s+(?:this|the|our)\s+(?:marriage|relationship)))|a\s+divorce|a\s+separation|to\s+(?:separate|break\s+up|get\s+divorced|divorce|end\s+(?:this|our|things|it\b)|leave\s+(?:you|this)|move\s+out)|you\s+to\s+(?:move\s+out|leave\s+(?:the|our|my)\s+(?:house|home|flat)))\b"
            + @"|\bi(?:'ve|ve|\s+have)\s+(?:decided|made\s+up\s+my\s+mind)(?:\s+to\s+(?:separate|leave|end|divorce|move|stay\s+with|go\b|break\s+up)|\s*:)"
            + @"|\bi(?:'ve|ve|\s+have)\s+found\s+a\s+(?:flat|place|house|room|apartment)\b"
            + @"|" + IWill + @"(?:stay|sleep|live|move\s+in)\s+(?:with|at)\s+(?:a\s+friend|my\s+[a-z]+|[a-z]+'s)(?:'s)?(?:\s+(?:place|house|flat))?\s+(?:for\s+a\s+(?:while|bit|few\s+(?:days|weeks))|for\s+now|until|from\s+now\s+on|for\s+good)\b");

        // A limit with its own consequence: "If you shout again I'll go to my mum's", "I'll hang up if you start shouting".
        const string ownAction =
            @"(?:go\s+(?:to|and\s+stay)|stay\s+(?:at|with)|sleep\s+(?:in|at|on)|leave\s+the\s+(?:room|house|call)|hang\s+up|end\s+the\s+(?:call|conversation)|walk\s+away|walk\s+out|call\s+the\s+police|stop\s+(?:the|this)\s+conversation)";
        yield return Rule(AccusationKind.Boundary,
            @"\bif\s+you\b[^.!?;]{1,60}?,?\s*(?:then\s+)?" + IWill + ownAction
            + "|" + IWill + ownAction + @"[^.!?;]{0,30}?\bif\s+you\b"
            + @"|\bnext\s+time\s+you\b[^.!?;]{1,60}?,?\s*(?:i'?m|i\s+am)\s+(?:walking\s+out|leaving|going|calling)");

        // "I need you to stop going through my phone", "I won't stay if you keep drinking", "I'm not okay with…".
        yield return Rule(AccusationKind.Boundary,
            @"\b(?:i\s+(?:need|want)\s+you\s+to\s+stop|i'?m\s+asking\s+you\s+to\s+stop|please\s+stop(?!\s+(?:by|in|for))"
            + @"|i\s+(?:won't|wont|will\s+not|refuse\s+to)\s+(?:stay|talk|discuss|continue|be\s+(?:spoken|talked|treated|shouted|yelled)|accept|tolerate|put\s+up\s+with|let\s+you|live\s+like|keep|go\s+back)"
            + @"|i'?m\s+not\s+(?:going\s+to|gonna)\s+(?:put\s+up\s+with|accept|tolerate|stay|let\s+you|live\s+like)"
            + @"|i'?m\s+not\s+(?:okay|ok|alright|all\s+right)\s+with|i\s+am\s+not\s+(?:okay|ok)\s+with|from\s+now\s+on,?\s+i(?:'m|\s+am|'ll|\s+will)"
            + @"|(?:and\s+)?that'?s\s+final)\b");
    }

    private static IEnumerable<AccusationRule> NameCalling()
    {
        var labelWords = Alt([.. HardInsultNouns, .. HardInsultAdjectives, .. FramedOnlyNouns, .. CharacterLabels]);
        var modifiers = Alt([
            "being", "acting", "acting like", "just", "really", "always", "constantly", "still", "sometimes",
            "literally", "honestly", "clearly", "obviously",
            "such", "so", "a", "an", "the", "total", "complete", "absolute", "utter", "real", "fucking", "freaking",
            "damn", "bloody", "little", "big", "nothing but", "like", "a bit", "kind of", "lying", "cheating",
            .. HardInsultAdjectives, .. CharacterLabels]);
        var soft = Set(CharacterLabels);

        // "you're an idiot", "you are being childish"; in the "you're so…"/"you're such a…" frame a label for who
        // they are ("such a drama queen", "such a child", "such a hypocrite") is left to that rule, which is named
        // for the frame; only a slur stays name-calling there ("such an idiot").
        yield return new AccusationRule(
            AccusationKind.NameCalling,
            Compile(@"\b(?=you)" + NotSayingThat + $$"""you(?:'re|re|\s+are|\s+were|\s+was|'ve\s+been|\s+have\s+been)(?<mods>(?:\s+{{modifiers}}){0,4})\s+(?<word>{{labelWords}})\b"""),
            m => !(HasWord(m.Groups["mods"].Value, "so", "such") && !Slurs.Contains(Squash(m.Groups["word"].Value))
                && !m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Slurs.Contains(w) || HardInsultAdjectives.Contains(w, StringComparer.OrdinalIgnoreCase))));

        // "you idiot", "you selfish pig"
        var bareModifiers = Alt([
            "stupid", "selfish", "lazy", "useless", "pathetic", "little", "big", "fucking", "freaking", "damn", "bloody",
            "absolute", "complete", "total", "utter", "lying", "cheating", "disgusting", "worthless", "dumb", "spoiled",
            "ungrateful", "heartless", "arrogant", "crazy"]);
        yield return Rule(AccusationKind.NameCalling,
            $$"""\byou(?:\s+{{bareModifiers}}){0,3}\s+(?<word>{{Alt(HardInsultNouns)}})\b""");

        yield return Rule(AccusationKind.NameCalling,
            @"\bare\s+you\s+(?:completely\s+|totally\s+|actually\s+|fucking\s+|just\s+)?(?:crazy|insane|nuts|mental|out\s+of\s+your\s+mind)\b");

        // "what a loser", "stop acting like a child", "don't be such an idiot"
        var framed = Alt([.. HardInsultNouns, .. FramedOnlyNouns]);
        yield return Rule(AccusationKind.NameCalling,
            $$"""\bwhat\s+an?(?:\s+(?:total|complete|absolute|utter|selfish|stupid|pathetic|lazy|little|big|fucking|spoiled|spoilt|spineless|gutless|useless)){0,2}\s+{{framed}}\b""");
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?=act|behav|talk)(?<!\bi(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been)\s+)"
            + @"(?:acting|act|behaving|behave|talking|talk)\s+like\s+(?:such\s+)?an?"
            + @"(?:\s+(?:spoiled|spoilt|total|complete|little|big|selfish|stupid|crazy)){0,2}"
            + $$"""\s+(?:{{framed}}|teenager|maniac|animal|crazy\s+person)\b""");
        yield return Rule(AccusationKind.NameCalling,
            $$"""\b(?:don't|dont|do\s+not|stop)\s+(?:be|being)\s+(?:such\s+)?(?:an?\s+|so\s+)?{{labelWords}}\b""");
    }

    private static IEnumerable<AccusationRule> Contempt()
    {
        yield return Rule(AccusationKind.Contempt,
            @"\boh,?\s+(?:great|wonderful|perfect|brilliant|lovely|fantastic|terrific|marvellous|marvelous|joy|goody)(?=\s*(?:[,.!?…]|$))"
            // "Oh wonderful, that's great news!" is delight.
            + @"(?![,.!]?\s*(?:that's|that\s+is|it's|what|i'm|so|congrat\w*|well\s+done)\s+(?:\w+\s+){0,2}?(?:great|good|lovely|wonderful|brilliant|amazing|fantastic|news|happy|glad|proud|excited|thrilled|perfect|for\s+you)\b)"
            + @"|\boh,?\s+sure\b|\boh,?\s+please(?=\s*(?:[.!]|$))|\byeah,?\s+right\b|\byeah,?\s+sure(?=\s*(?:[,.!]|$))"
            + @"|\bnice\s+going\b|\b(?:real\s+mature|how\s+mature|very\s+mature(?=\s*(?:[.!]|$)))"
            + @"|\bbig\s+surprise\b(?<!\b(?:a|the)\s+big\s+surprise)|\bwhat\s+a\s+surprise(?=\s*(?:[,.!]|$))|\bsurprise,?\s+surprise\b|\bshocker\b"
            + @"|\bmust\s+be\s+nice\b|\bpoor\s+(?:baby|you)(?=\s*(?:[,.!]|$))|\bboo[-\s]?hoo\b|\bcry\s+me\s+a\s+river\b"
            + @"|\bwah[-\s]?wah\b|\bblah,?\s+blah\b|\bforbid\s+(?:you\b|(?:i|anyone)\s+(?:ask|mention|say|expect|want))"
            + @"|\bsorry\s+(?:for\s+existing|i\s+exist|for\s+breathing|for\s+living)\b|\bexcuse\s+me\s+for\s+(?:breathing|living|existing)\b"
            + @"|\bthanks\s+for\s+nothing\b|\bwhat(?:'s|s|\s+is)\s+(?:(?:the\s+hell|even)\s+)?(?:wrong\s+with\s+you|your\s+problem)\b"
            + @"|\*\s*(?:eye\s*-?rolls?|rolls?\s+(?:my\s+)?eyes)\s*\*|\uD83D\uDE44"
            + @"|\bof\s+course\s+you\s+(?:did|didn't|would|wouldn't|forgot|do|don't|are|were|can't)(?=\s*(?:[.!?;]|$))"
            + @"|\b" + YouAre + @"\s+(?:a\s+joke|unbelievable|ridiculous|laughable|impossible|hopeless)\b"
            + @"|\bthat(?:'s|s|\s+is)\s+(?:pathetic|laughable|a\s+joke|rich)(?=\s*(?:[,.!?]|$|coming\s+from))");

        // "whatever" standing alone ("Whatever.", "Fine, whatever,"), not "whatever you need".
        yield return Rule(AccusationKind.Contempt,
            @"\bwhatever(?<!\bor\s+whatever)(?<!'whatever)(?:\s+you\s+say)?(?=\s*(?:[.!?,…;]|$))|\bif\s+you\s+say\s+so(?=\s*(?:[.!?,…;]|$))");

        yield return Rule(AccusationKind.Contempt,
            @"\b(?=get|grow|spare|give|who|so|as|like)" + ClauseStart + @"(?:get\s+over\s+(?:it|yourself)|grow\s+up|spare\s+me|give\s+me\s+a\s+break(?=\s*(?:[.!,]|$))"
            + @"|(?:who\s+cares|so\s+what)(?=\s*(?:[.!?,]|$))|as\s+if(?=\s*(?:[.!?]|$))"
            + @"|(?:as\s+if|like)\s+you(?:'d|d|\s+would)?\s+(?:even\s+|ever\s+)?(?:care|notice|understand|know|listen|remember|bother)\b)");

        // Praise used as sarcasm: "Nice job ruining dinner", "Well done, you forgot again".
        var cue = @"(?<hit>(?:nice|good|great|brilliant|excellent)\s+(?:job|work|one|going)|well\s+done|bravo|congratulations|congrats"
            + @"|way\s+to\s+go|thanks\s+a\s+lot|thanks\s+so\s+much|thank\s+you\s+so\s+much)";
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?=nice|good|great|brilliant|excellent|well|bravo|congrat|way|thank)" + ClauseStart + cue
            + $$"""(?=\s*,?\s*(?:(?:for\s+)?{{Alt(NegativeGerunds)}}\b"""
            + @"|you(?:'ve|ve|\s+have|'re|\s+really|\s+just|\s+totally|\s+completely)?"
            + @"(?:\s+(?:really|just|totally|completely|managed\s+to|once\s+again|have))*"
            + $$"""\s+{{Alt(NegativePastVerbs)}}\b|as\s+usual\b|once\s+again\b|again\b))""");
    }

    private static AccusationRule JudgementAsFeeling()
    {
        // "I feel that you…", "I feel like you…", "I felt as if you…"; the span is the feeling frame.
        var pattern = @"\bi(?:" + FeelVerb + @"|\s+(?:get|got)\s+the\s+(?:feeling|sense|impression)|\s+can't\s+help\s+feeling)"
            + @"(?:\s+(?:that|like|as\s+if|as\s+though))?"
            + @"(?=\s+you(?:'re|re|'ve|ve|'d|d|'ll|ll|\s+are|\s+were)?\s+(?<next>[a-z']+)(?<rest>[^.!?;]{0,60}))";
        return new AccusationRule(AccusationKind.JudgementAsFeeling, Compile(pattern), m =>
        {
            var next = m.Groups["next"].Value;
            if (next.Equals("and", StringComparison.OrdinalIgnoreCase) || next.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // An appreciative thought ("I feel like you really listened") is left alone.
            var clause = next + m.Groups["rest"].Value;
            return !(AppreciativeThought.IsMatch(clause) && !NegativeTurn.IsMatch(clause));
        });
    }

    private static readonly Regex AppreciativeThought = Compile(
        @"^(?:(?:really|truly|finally)\s+)?(?:listened|understood|understand|heard|get\s+me|got\s+me|tried|try|care\s+about\s+me|cared\s+about\s+me|love\s+me|were\s+there|are\s+trying|were\s+trying|mean\s+it|meant\s+it)\b");

    private static readonly Regex NegativeTurn = Compile(@"\b(?:not|never|n't|nt|more|less|than|only|anymore|stop|stopped)\b");

    private static AccusationRule BlameFeeling()
    {
        var blame = string.Join('|', BlameWords.AllSpellings.Select(w => w == "used"
            ? @"used(?!\s+to\b)"
            : Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var pattern = $$"""\b(?=(?:{{blame}})\b)""" + @"(?<=\bi" + FeelVerb + @"\s+(?:(?!(?:you|your|but|because|when|if|since|though|although|until|while|not|less|no)\b)[a-z'-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+)){0,8})"
            + $$"""(?<hit>{{blame}})\b""";
        return new AccusationRule(AccusationKind.BlameFeeling, Compile(pattern), FallbackFeelings: m => BlameWords.UnderlyingFeelingsOf(m.Value));
    }

    private static IEnumerable<AccusationRule> YouMakeMeFeel()
    {
        const string softeners = @"(?:so|really|very|incredibly|such|completely|totally|utterly|like\s+an?|like|a\s+bit|a\s+little|kind\s+of|at|so\s+at)";
        var pattern = @"(?<hit>\byou(?:'re|re|'ve|ve)?"
            + @"(?:(?<neg>\s+(?:never|don't|dont|do\s+not|didn't|didnt|did\s+not|no\s+longer))|\s+(?:always|just|really|literally|only|honestly|seriously|sometimes|often|constantly|keep|have|are))*"
            + @"\s+(?:make|made|makes|making|keep\s+making)\s+me\s+"
            + @"(?:(?<feel>feel)|(?:" + softeners + @"\s+)*(?<emotion>[a-z][a-z'-]*)))"
            + @"(?:\s+(?:" + softeners + @"\s+)*(?<word>[a-z][a-z'-]*))?";
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel, Compile(pattern),
            m =>
            {
                var negated = m.Groups["neg"].Success;
                if (m.Groups["feel"].Success)
                {
                    return negated || !PositiveFeelings.Contains(m.Groups["word"].Value);
                }

                var emotion = m.Groups["emotion"].Value;
                return EmotionWords.Contains(emotion) || (negated && PositiveFeelings.Contains(emotion));
            },
            m => FeelingsFrom(m.Groups["feel"].Success ? m.Groups["word"].Value : m.Groups["emotion"].Value));

        // "It's your fault I feel this way", "because of you I'm miserable"
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"\b(?:it(?:'s|s|\s+is)\s+(?:all\s+)?your\s+fault|because\s+of\s+you|" + YouAreCasual + @"\s+(?:the\s+reason|why))"
                + @"\s*,?\s*(?:that\s+)?i(?:'m|m|\s+am|\s+feel|\s+felt|\s+was|\s+get|\s+got|\s+cry|\s+can't)\b(?:\s+(?:so|really|always|this|like))*(?:\s+(?<word>[a-z][a-z'-]*))?"),
            m => !PositiveFeelings.Contains(m.Groups["word"].Value),
            m => FeelingsFrom(m.Groups["word"].Value));
    }

    private static IEnumerable<AccusationRule> AnyoneWould()
    {
        const string people = @"(?:person|people|partner|partners|husband|husbands|wife|wives|boyfriend|boyfriends|girlfriend|girlfriends|man|woman|adult|human\s+being|human)";
        yield return Rule(AccusationKind.AnyoneWould,
            @"\b(?:(?:any|a|every|most)\s+(?:normal|decent|reasonable|sane|sensible)\s+" + people
            + @"|normal\s+(?:people|partners|husbands|wives|boyfriends|girlfriends))\b");
        yield return Rule(AccusationKind.AnyoneWould,
            @"\b(?:any|a|every)\s+(?:real|good|other|grown)\s+" + people
            + @"\s+(?:would|wouldn't|could|knows|should|does|doesn't|remembers|understands)\b");
        yield return Rule(AccusationKind.AnyoneWould,
            @"\bother\s+(?:people's\s+(?:partners|husbands|wives|boyfriends|girlfriends)|people|partners|husbands|wives|boyfriends|girlfriends|men|women|couples)\s+(?:would|wouldn't|do|don't|manage|remember|know|get|understand|bother|actually|at\s+least|make)\b");
        yield return Rule(AccusationKind.AnyoneWould,
            @"\b(?:any\s+idiot|anyone\s+with\s+(?:half\s+a\s+brain|a\s+heart|any\s+sense|eyes)|even\s+a\s+(?:child|kid|toddler|five-year-old|dog))\s+(?:would|could|can|knows?|gets?|understands?|remembers?)\b");

        // "anyone would…", "everybody knows…", "nobody else would…", but not "anyone would be lucky to have you".
        var generous = Compile(
            @"^\s*(?:have\s+)?(?:you\s+(?:love|adore|enjoy|like)\b|you\s+(?:\w+\s+){0,2}the\s+(?:best|greatest|kindest|nicest|funniest)\b|be\s+(?:lucky|proud|glad|happy)|love|adore|like\s+you|enjoy|feel\s+the\s+same|done\s+the\s+same|have\s+done\s+the\s+same|forgotten|make\s+(?:that|the\s+same)\s+mistake|forgive|struggle|find\s+(?:this|it|that)\s+hard)");
        yield return new AccusationRule(AccusationKind.AnyoneWould,
            Compile(@"(?<hit>\b(?:(?<who>any(?:one|body)|every(?:one|body))|(?:no\s*one|nobody))(?<else>\s+else)?(?:\s+in\s+(?:my|your|their)\s+(?:position|shoes|place))?"
                + @"(?:\s+(?<would>would(?:n't|\s+not)?)|(?<would>'d)|\s+(?:knows|understands|gets\s+it|remembers|manages|should\s+know)))\b(?<rest>[^.!?;]{0,30})"),
            // "nobody else would put up with this" compares; "nobody else knows me like you do" is tender.
            m => (m.Groups["who"].Success || (m.Groups["else"].Success && m.Groups["would"].Success))
                 && !generous.IsMatch(m.Groups["rest"].Value));
    }

    // "why are you…" only accuses when it labels ("why are you so…"); "why are you crying?" can be care.
    private static readonly HashSet<string> AskingAboutAState = Set("are", "were");

    // "why don't you come with us?" is an invitation.
    private static readonly HashSet<string> WhyDont = Set("don't", "dont", "do not");

    private static AccusationRule WhyDoYou()
    {
        var invitation = Compile(@"^\s*(?:come|join|sit|take\s+a|have\s+a|grab|pick|bring|rest|relax|go\s+first|start|choose|try\s+it|get\s+some|lie\s+down|put\s+your\s+feet)\b");
        var labelling = Compile(@"^\s*(?:always|never|so|such|being|like\s+this|like\s+that|acting|even|still|constantly|ignoring|doing\s+this|making|treating|talking\s+to\s+me)\b");
        return new AccusationRule(AccusationKind.WhyDoYou,
            Compile(@"(?<hit>\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+|in\s+the\s+world\s+)?"
                + @"(?<aux>do|does|did|would|can't|cant|cannot|can\s+not|couldn't|couldnt|could\s+not|won't|wont|will\s+not|don't|dont|do\s+not|didn't|didnt|did\s+not|wouldn't|wouldnt|would\s+not|must|are|were|is\s+it\s+so\s+hard\s+for|is\s+it\s+that)\s+you"
                + @"|\bwhy'?d\s+you|\bhow\s+come\s+you(?=\s+(?:never|always|can't|cant|cannot|don't|dont|didn't|didnt|won't|wont|couldn't|wouldn't|still|keep|forgot|ignored|left|lied)))\b(?<rest>[^.!?;]{0,30})"),
            m =>
            {
                var aux = Squash(m.Groups["aux"].Value);
                var rest = m.Groups["rest"].Value;
                if (AskingAboutAState.Contains(aux))
                {
                    return labelling.IsMatch(rest);
                }

                // "Why did you choose that song?" is curiosity about a choice, not a demand for a defence.
                if (aux == "did" && Regex.IsMatch(rest, @"^\s*(?:choose|pick|decide\s+to\s+(?:become|study|learn)|get\s+into|start\s+(?:painting|running|learning))\b", RegexOptions.IgnoreCase, MatchTimeout))
                {
                    return false;
                }

                return !WhyDont.Contains(aux) || !invitation.IsMatch(rest);
            });
    }

    private static AccusationRule YoureSo()
    {
        return new AccusationRule(AccusationKind.YoureSo,
            Compile(@"\b(?=you)" + NotSayingThat + @"(?:you(?:'re|re|\s+are|\s+were)|you'?ve\s+been|you\s+have\s+been|you\s+can\s+be|you\s+get)"
                + @"(?:\s+(?:always|never|just|being|really|acting|getting|sometimes|constantly|often|still|becoming))*"
                + @"\s+(?:so|too|such\s+an?)(?:\s+(?:very|damn|freaking|fucking|incredibly|unbelievably|completely|totally|ridiculously|bloody))?"
                + @"\s+(?<word>[a-z][a-z'-]*)(?<tooTo>(?<=\btoo\s+\S+)\s+to\s+(?!me\b|us\b|you\b)[a-z]+)?"),
            // "too proud to apologise" complains even with a kind word; "too good to me" does not.
            m => m.Groups["tooTo"].Success || !NotALabel.Contains(m.Groups["word"].Value));
    }

    private static AccusationRule AlwaysNever()
    {
        var alwaysKindly = Compile(
            @"^\s*(?:(?:so|really|just)\s+)?(?:know\s+how\s+to|make\s+me\s+(?:laugh|smile)|make\s+me\s+feel\s+(?:so\s+|really\s+)?(?:safe|loved|seen|heard|happy|special|wanted|better|good|calm|beautiful)"
            + @"|have\s+my\s+back|show\s+up\s+for\s+me|support|help|find\s+a\s+way|(?:were|been)\s+there|look\s+out\s+for|take\s+care\s+of|cheer\s+me"
            + @"|say\s+the\s+right|manage\s+to\s+make|listen\s+when|bring\s+me|brings\s+me|buy\s+me|cook|light\s+up|lights\s+up|welcome|smell|look\s+(?:great|lovely|good|beautiful|handsome)|surprise\s+me|make\s+the\s+best|put\s+a\s+smile|remember(?!\s+(?:every|my|all\s+my)\s+(?:mistake|fault|failure))|been\s+(?:so\s+)?(?:kind|good|patient|my|generous)|remember\s+the\s+little|forgive|come\s+back|hold\s+me|mean\s+well|try|tried)");
        var neverUnkindly = Compile(
            @"^\s*(?:(?:once|really)\s+)?(?:fail(?:ed)?\s+to|meant|mean\s+to|intended|intend|wanted\s+to\s+hurt|want\s+to\s+hurt|give\s+up|gave\s+up|let\s+me\s+down"
            + @"|have\s+to|need\s+to\s+(?:worry|hide|pretend|apologi[sz]e)|stop(?:ped)?\s+(?:loving|caring|trying)|judge\s+me|hurt\s+me\s+on\s+purpose|make\s+me\s+feel\s+(?:small|stupid|judged|alone)|know\s*$)");
        return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"\b(?=you)(?<!\b(?:hope|hoping|wish|promise|pray|swear|if|unless)\s+(?:that\s+)?)"
                + @"(?<hit>you(?:'re|re|\s+are|'ve|ve|\s+have|'ll|ll|\s+will|'d|\s+would|\s+were|\s+just|\s+literally|\s+seriously|\s+honestly|\s+basically)?"
                + @"\s+(?<adv>always|never|constantly|forever|don't\s+ever|dont\s+ever|do\s+not\s+ever|didn't\s+ever|didnt\s+ever))\b(?<rest>[^.!?;]{0,40})"),
            m =>
            {
                var rest = m.Groups["rest"].Value;
                return m.Groups["adv"].Value.Equals("always", StringComparison.OrdinalIgnoreCase)
                    ? !alwaysKindly.IsMatch(rest) && !Lex.PraiseAfterAlways.IsMatch(rest)
                    : !neverUnkindly.IsMatch(rest) && !Lex.NeverIsPraise.IsMatch(rest) && !NeverAsAFact(m.Groups["adv"].Value, rest);
            });
    }

    // "You never told me you were married", "you never came home last night": a fact stated with
    // "never", not one hurt turned into a verdict on everything.
    private static readonly Regex NeverToldMe = Compile(
        @"^\s*(?:once\s+)?(?:told|mentioned|said|admitted|disclosed|revealed|let\s+on|explained|warned\s+me)\s+(?:me\s+|to\s+me\s+|us\s+)?(?:that\s+|about\s+)?"
        + @"(?:you|your|you'd|you'd|you're|you've|he|she|they|it|there|the|this|a|an|we|i|my|our)\b(?![^.!?;]*\b(?:anything|everything|the\s+truth|how\s+you\s+feel|what\s+you\s+(?:think|feel|want))\b)");

    private static readonly Regex OnePointInTime = Compile(
        @"\b(?:last\s+(?:night|week|weekend|time|month|year|christmas|summer)|yesterday|this\s+(?:morning|week|evening|afternoon)|that\s+(?:night|day|weekend|time|evening|morning)"
        + @"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d+|my\s+birthday|our\s+anniversary|christmas)|at\s+the\s+(?:party|wedding|funeral|dinner|hospital|airport))\b");

    private static bool NeverAsAFact(string adverb, string rest) =>
        adverb.Contains("never", StringComparison.OrdinalIgnoreCase) && (NeverToldMe.IsMatch(rest) || OnePointInTime.IsMatch(rest));

    // Declared last so every list and pattern above is initialised before the rules are built.
    internal static IReadOnlyList<AccusationRule> All { get; } = Build();

    // ---- helpers -------------------------------------------------------------------------------

    private static IReadOnlyList<string> FeelingsFrom(string written)
    {
        if (BlameWords.IsBlameWord(written))
        {
            return BlameWords.UnderlyingFeelingsOf(written);
        }

        if (GentlerThanWritten.TryGetValue(written, out var gentler))
        {
            return gentler;
        }

        return PlainFeelings.Contains(written) ? [written] : [];
    }

    private static AccusationRule Rule(AccusationKind kind, string pattern) => new(kind, Compile(pattern));

    private static Regex Compile(string pattern) => new(pattern, Options, MatchTimeout);

    // A longest-first alternation of literal phrases; spaces inside a phrase match any whitespace.
    private static string Alt(IEnumerable<string> phrases) =>
        "(?:" + string.Join('|', phrases
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + ")";

    private static HashSet<string> Set(params IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool HasWord(string text, params string[] words) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(t => words.Contains(t, StringComparer.OrdinalIgnoreCase));
}
