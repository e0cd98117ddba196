using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// The sixth widening for issue 11, from the misses of the fifth independent set (reported 2026-12-07 at 74.5% / 2.0%,
/// then used as examples). Each rule reads an idea, not a sentence: a warning left bare or said to be the last; patience
/// or presence running out; leverage hinted at; a dare; praise closed by "(not)", a title of the year, a prize for the
/// ordinary, a tiny count or a feat of failing; the person ranked below a thing that gets more; someone else's load used
/// to dismiss theirs; a verdict that nothing is ever enough or finished; a counterfactual feeling ("I wouldn't be this
/// stressed if you…"); a norm as common knowledge; a motive of punishment; a jury shocked, or saying the person deserves
/// better; a condition with a punishment (the locks changed); a condition with the person's own plan (a boundary).
/// </summary>
internal static partial class AccusationRules
{
    // A norm with a generic "you" after "everyone knows": "you don't invite your ex", "it's rude".
    private const string NormWithGenericYouText =
        @"(?:you\s+(?:(?:don't|do\s+not)\s+(?!(?:care|love|listen|help|want|respect|mean|like|bother|try|pull|lift|do\s+anything)\b)|should|shouldn't|have\s+to|need\s+to|must|say|ask|call|text|check|tell|invite|bring|wait|knock)\b|it(?:'s|\s+is)\s+(?:rude|wrong|basic|polite|common|not\s+(?:okay|ok|on|right)))";

    // Built on first use, so it never depends on the order the partial files are initialised in.
    private static class SixthLex
    {
        internal static readonly Regex NormWithGenericYou = Compile(@"^\s*(?:that\s+)?" + NormWithGenericYouText);

        // A word of praise anywhere near, for the tags that turn it hollow.
        internal static readonly Regex PraiseWord = Compile(
            @"\b(?:well\s+done|nice\s+(?:one|work|job)|good\s+job|great\s+job|bravo|congrat(?:ulation)?s|impressive|brilliant|amazing|incredible|great|wonderful|fantastic|genius|perfect|lovely|thanks?|wow|so\s+proud|listener|helper|effort)\b");

        // Warmth that makes a tag sincere: "dad of the year, love you".
        internal static readonly Regex Fond = Compile(
            @"\b(?:love|loved|adore|proud|grateful|thankful|lucky|blessed|miss\s+you|xx+|❤️|♥)\b");

        // States a person can say they would not be in without the partner: "this stressed", "so tired".
        internal static readonly HashSet<string> LowStates = Set(
            "stressed", "tired", "exhausted", "angry", "upset", "anxious", "miserable", "worried", "frustrated", "cross", "snappy",
            "sad", "lonely", "hurt", "paranoid", "insecure", "jealous", "depressed", "drained", "overwhelmed", "resentful", "bitter",
            "broke", "skint", "behind", "late", "ill", "sick", "fed", "worn", "wound", "on");
    }

    // What a partner's time goes to instead: "your phone gets more attention", "your job comes first".
    private const string Rivals = @"(?:phone|job|work|mates|friends|mum|mom|mother|game|football|golf|gym)";

    // A condition about a row, as a lookahead: "if there's drinking", "if you raise your voice again", "if we can't talk".
    private const string ConflictCue =
        @"(?=[^.!?;]{0,40}?\b(?:drink\w*|drunk|shout\w*|yell\w*|argu\w*|fight\w*|row\w*|loud|heated|nasty|calm\w*|scream\w*|swear\w*|start\w*|kick\w*\s+off|out\s+of\s+hand|raise\w*|insult\w*|again|keep|carry\s+on|can't|cannot|won't|don't)\b)";

    // The sentence so far, as a lookbehind, for rules that read what came before the finding.
    private const string SentenceBefore = @"(?<=(?<before>[^.!?\n]{0,80}))";

    // The start of a clause, as a lookbehind: the text's start, or after a mark.
    private const string AfterMark = @"(?<=(?:^|[.!?;,""]\s*)(?:(?:oh|yeah|ha|and|mm|well)\s*,?\s*)?)";

    private static bool FondAround(Match m) => SixthLex.Fond.IsMatch(m.Groups["before"].Value + " " + m.Groups["after"].Value);

    private static IEnumerable<AccusationRule> SixthRoundRules() =>
    [
        .. SixthVeiledThreats(), .. SixthSarcasticPraise(), .. SixthComparison(), .. SixthGlobalCriticism(), .. SixthOthersOpinion(),
        .. SixthMindReading(), .. SixthOthers(), .. SixthThirdPass(),
    ];

    // ---- veiled threats: a warning without its consequence ----------------------------------------------------

    private static IEnumerable<AccusationRule> SixthVeiledThreats()
    {
        // "Don't push me.", "Watch it.": a warning left bare at the end of a sentence ("don't push me away" asks).
        yield return Rule(AccusationKind.VeiledThreat,
            AfterMark + @"(?:i\s+said\s+)?(?:(?:you'd\s+|you\s+had\s+|just\s+)?better\s+)?(?:(?:don'?t|do\s+not)\s+(?:you\s+dare\s+)?(?:push|try)\s+me|watch\s+(?:your\s+mouth|it))(?=\s*(?:[.!]|$))");

        // "I'm not going to warn you again", "consider this your warning", "I won't tell you twice": the warning said to be the last.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\bi(?:'m|m|\s+am)\s+not\s+(?:going\s+to\s+|gonna\s+)?warn(?:ing)?\s+you\s+(?:again|twice|a\s+(?:second|third)\s+time)\b"
            + @"|\bi\s+(?:won't|wont|will\s+not|shan't)\s+(?:warn\s+you|tell\s+you|say\s+(?:it|this))\s+(?:again|twice)(?=\s*(?:[.!]|$))"
            + @"|\b(?:consider\s+this|take\s+this\s+as|this\s+is)\s+(?:your|a)\s+(?:only\s+|one\s+|first\s+and\s+(?:only|last)\s+|friendly\s+)?warning\b");

        // "We'll see how long I put up with this", "one day you'll wake up and I won't be here": patience or presence
        // running out, left for them to fear.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\bmy\s+patience\s+(?:(?:won't|will\s+not|can't)\s+last\s+forever|is\s+(?:wearing|running|getting)\s+(?:thin|out|short))\b"
            + @"|\bwe(?:'ll|ll|\s+will|'re\s+going\s+to)\s+see\s+(?:how\s+long|for\s+how\s+long|how\s+much\s+longer)\s+i\b"
            + @"|\bi\s+(?:won't|wont|will\s+not|can't|cannot)\s+(?:be\s+(?:around|here|waiting)|wait|put\s+up\s+with\s+(?:this|it|you))\s+forever\b"
            + @"|\b(?:one\s+(?:day|of\s+these\s+days|morning|night)|someday|some\s+day)\s*,?\s+(?:you(?:'ll|ll|\s+will|'re\s+going\s+to)\s+[^.!?;]{3,40}?\s+and\s+)i(?:'ll|ll|\s+will)?\s*(?:won't|wont|will\s+not|be\s+gone|have\s+(?:gone|left)|'ll\s+be\s+gone)(?:\s+be\s+(?:here|there|around))?\b"
            + @"|\bdon'?t\s+be\s+surprised\s+if\s+(?:one\s+day\s+)?i(?:'m|m|\s+am)?\s*(?:gone|not\s+(?:here|there|around)|leave|disappear|walk)\b");

        // "There'll be consequences, trust me", "there will be hell to pay if you…".
        yield return Rule(AccusationKind.VeiledThreat,
            @"\bthere(?:'ll|ll|\s+will|\s+are\s+going\s+to|'s\s+going\s+to|\s+is\s+going\s+to|'d|\s+would)\s+be\s+(?:(?:serious|real|big)\s+)?(?:consequences|trouble|hell\s+to\s+pay|repercussions|a\s+price\s+to\s+pay)\b(?=\s*(?:[.!,;]|$|for\s+(?:you|this|that|what)|if\s+you|when\s+you|trust|believe|mark))");

        // "Think very carefully about your next move", "choose your words carefully": their next step watched.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\bthink\s+(?=[^.!?;]{0,60}\b(?:carefully|hard|twice)\b)(?:very\s+|really\s+)?(?:(?:carefully|hard|twice|long\s+and\s+hard)\s+)?(?:about|before)\s+(?:your\s+next\s+(?:move|step|words)|what\s+you\s+(?:do|say)\s+next)\b"
            + @"|\bchoose\s+your\s+(?:next\s+)?(?:words|move|steps?)\s+(?:very\s+)?(?:carefully|wisely)\b|\bbe\s+(?:very\s+)?careful\s+what\s+you\s+(?:do|say)\s+next\b");

        // "Let's just say I remember everything", "I've kept every message, just so you know": leverage hinted at.
        yield return Rule(AccusationKind.VeiledThreat,
            @"(?<=\bi\s+(?:know|remember|have|kept|saw)\b[^.!?;]{0,40})\blet's\s+(?:just\s+)?(?:say|leave\s+it\s+at)\s+that\b|\blet's\s+just\s+say\s+(?=i\b[^.!?;]{0,40}\b(?:remember|know|kept|saved|have|could|won't|will|'ll)\b)"
            + @"|\bi(?:'ve|\s+have)?\s+(?:remember(?:ed)?|know|kept|saved|got\s+screenshots\s+of|screenshotted)\s+(?:everything|every\s+(?:single\s+)?(?:message|text|email|receipt|word|detail))\b[^.!?;]{0,30}?,?\s*(?:and\s+i\s+mean\s+everything|just\s+so\s+you\s+know|don't\s+forget\s+that|remember\s+that)\b");

        // "You've got one more chance", "go on then, see how that works out for you": a last chance, a dare.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\byou(?:'ve|ve|\s+have)?\s+(?:got|get|have)\s+(?:one|only\s+one|just\s+one)\s+(?:more|last)\s+chance\b(?!\s+to\s+(?:win|enter|catch|see|book|buy|vote|apply|sign))"
            + @"|\bsee\s+how\s+far\s+(?:that|it|this)\s+(?:gets|will\s+get)\s+you\b"
            + @"|(?<=\b(?:go\s+on|go\s+ahead|fine|then|carry\s+on|keep\s+(?:it|that|this)\s+up|do\s+that|try\s+it)\b[^.!?;]{0,20})\bsee\s+(?:how\s+(?:that|it|this)\s+(?:works|turns|goes|pans)\s+out\s+for\s+(?:you|u)|what\s+happens)\b");
    }

    // ---- sarcastic praise: a tag, a title, a prize, a tiny count ----------------------------------------------

    private static IEnumerable<AccusationRule> SixthSarcasticPraise()
    {
        // "Well done, husband of the year", "dad of the year, forgetting sports day": a title awarded for a hurt.
        // "Happy Father's Day to the dad of the year, love you" is fond.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(SentenceBefore + @"\b(?<hit>(?:husband|wife|partner|boyfriend|girlfriend|father|dad|mother|mum|mom|parent|friend|son|daughter|fianc[eé]e?|host)\s+of\s+the\s+(?:year|decade|century))\b(?=(?<after>[^.!?\n]{0,60}))"),
            m => !FondAround(m)
                 && (SixthLex.PraiseWord.IsMatch(m.Groups["before"].Value) || Sore.IsMatch(m.Groups["after"].Value)
                     || Regex.IsMatch(m.Groups["after"].Value, @"\b(?:as\s+(?:always|usual)|again)\b", RegexOptions.IgnoreCase, MatchTimeout)));

        // "Thanks for all your help with the move (not)", "great evening, NOT.": praise taken back at the end.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(@"(?<=(?<before>[^\n]{0,120}))(?<hit>\(\s*not\s*\)|(?<=[,.…—-]\s*)\bnot(?=\s*[!.]*\s*$))"),
            m => SixthLex.PraiseWord.IsMatch(m.Groups["before"].Value)
                 || Regex.IsMatch(m.Groups["before"].Value, @"\b(?:loved?|enjoyed|fun|helpful|nice|kind|thoughtful|romantic)\b", RegexOptions.IgnoreCase, MatchTimeout));

        // "Should I throw you a parade?", "alert the media, he's cooked": the ordinary treated as news.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?:should|shall|do\s+you\s+want|want)\s+(?:me\s+to\s+|i\s+|we\s+)?(?:throw\s+you\s+a\s+(?:parade|party)|give\s+you\s+a\s+(?:medal|trophy|prize|gold\s+star|round\s+of\s+applause)|bake\s+you\s+a\s+cake|clap|applaud|call\s+the\s+(?:papers|newspapers|press))\b"
            + @"|\b(?:alert|call|ring|tell)\s+the\s+(?:media|press)(?=\s*(?:[.!,;]|$))|\b(?:someone|somebody)\s+(?:call|alert|ring)\s+the\s+(?:papers|newspapers|press|media|news)\b|\bstop\s+the\s+press(?:es)?\b|\bthrow\s+(?:you|him|her)\s+a\s+parade\b");

        // "Brilliant plan, leaving the kids with your brother, truly genius": genius said of a sore act.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(SentenceBefore + @"(?<hit>\b(?:truly|pure|absolute|real|sheer|utter)\s+genius|\bstroke\s+of\s+genius|\bgenius\s+(?:idea|plan))\b(?=(?<after>[^.!?\n]{0,60}))"),
            m => Sore.IsMatch(m.Groups["before"].Value + " " + m.Groups["after"].Value) && !FondAround(m));

        // "Oh amazing, you actually replied, I'm honoured": the honour for what is only ordinary.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(SentenceBefore + @"\b(?<hit>i(?:'m|m|\s+am|\s+feel)\s+(?:so\s+|truly\s+|deeply\s+|very\s+|just\s+)?(?:honou?red|flattered|blessed|spoilt|spoiled))(?=\s*(?:[.!?]|$))"),
            m => Regex.IsMatch(m.Groups["before"].Value, @"\b(?:actually|finally|bothered|deigned|even)\b", RegexOptions.IgnoreCase, MatchTimeout)
                 && SixthLex.PraiseWord.IsMatch(m.Groups["before"].Value) && !FondAround(m));

        // "Really impressive how you managed to burn toast": a feat of failing.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(SentenceBefore + @"(?<hit>\b(?:you|u|he|she)\s+(?:somehow\s+|even\s+|actually\s+|still\s+|only\s+)?managed\s+to\s+(?:burn|break|lose|forget|ruin|spoil|miss|upset|offend|mess\s+up|screw\s+up|wreck|sleep\s+through|overcook|flood|smash|crash|shrink|scratch|double-book|get\s+lost))\b(?=(?<after>[^.!?\n]{0,60}))"),
            m => SixthLex.PraiseWord.IsMatch(m.Groups["before"].Value + " " + m.Groups["after"].Value));

        // "Nice work telling your mum our news before I could", "well done forgetting the tickets": praise for a sore act.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(@"(?<hit>\b(?:nice\s+(?:work|job|one)|good\s+job|great\s+job|well\s+done|bravo|way\s+to\s+go))\s*,?\s+(?<act>[a-z]+ing\b[^.!?\n]{0,60})"),
            m => Regex.IsMatch(m.Groups["act"].Value, "^" + HurtfulActs + @"\b|\b(?:before\s+i\s+(?:could|got|had)|without\s+(?:asking|telling|checking)|behind\s+my\s+back)\b", RegexOptions.IgnoreCase, MatchTimeout));

        // "Such a great listener, you caught a whole two words", "wow, all of ten minutes": the ordinary measured tiny.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(SentenceBefore + @"(?<hit>\b(?:a\s+whole|all\s+of|(?:a|the)\s+grand\s+total\s+of|a\s+(?:whopping|staggering|massive))\s+(?:one|two|three|four|five|ten|2|3|4|5|10)\s+(?:words?|minutes?|seconds?|sentences?|texts?|times?|pages?|dishes|plates|cups))\b"),
            m => SixthLex.PraiseWord.IsMatch(m.Groups["before"].Value) && !FondAround(m));
    }

    // ---- comparison: someone or something that gets more --------------------------------------------------------

    private static IEnumerable<AccusationRule> SixthComparison()
    {
        // "I wish you were half as thoughtful as your brother", "you're not half the man your dad is".
        yield return Rule(AccusationKind.Comparison,
            @"(?<=\b(?:you|u|ur)\b[^.!?;]{0,30})\b(?:half\s+as\s+(?!(?:old|young|tall|short|big|small|heavy|light|far|long)\b)[a-z]+\s+as|half\s+the\s+(?:man|woman|husband|wife|partner|father|dad|mother|mum|person|parent|boyfriend|girlfriend)\s+(?:your|my|his|her|he|she|[a-z]+'s)|(?:nowhere\s+near|not\s+even\s+close\s+to)\s+as\s+[a-z]+\s+as)\b");

        // "Dave takes Sarah away every anniversary and you can't even book a table": someone named, then theirs made small.
        yield return Rule(AccusationKind.Comparison,
            @"(?<=(?:^|[.!?;]\s*))(?-i:[A-Z][a-z]+)(?<!\b(?:i|you|my|your|the|this|that|it|we|there|he|she|they|and|but|so|oh|well|when|if|just|even|every|everyone|our|his|her|what|why|how)\b)\s+(?:[a-z']+\s+){1,10}?(?:and|but|while|whereas|yet)\s+(?:you|u)\s+(?:can't|cant|couldn't|don't|dont|won't|didn't|never)\s+even\b");

        // "You put more effort into your fantasy football than into us".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:you|u|he|she)\s+(?:put|puts|spend|spends|spent|give|gives|gave|invest|invests|invested|pay|pays|paid|show|shows|showed)\s+(?:way\s+|so\s+much\s+|far\s+|a\s+lot\s+)?more\s+(?:effort|time|energy|attention|thought|care|money|love|interest|affection|patience)\s+(?:into|on|to|in|towards?)\s+[^.!?;]{1,40}?\s+than\s+(?:(?:into|on|to|in|with)\s+)?(?:us|me|our\s+\w+|this\s+(?:relationship|marriage|family)|(?:your|the)\s+(?:family|kids|wife|husband))\b");

        // "My dad managed three kids and a job, so don't tell me you're tired": someone else's load used to dismiss theirs.
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:" + SomeoneElse + @"|[a-z]+'s\s+(?:husband|wife|partner|boyfriend|girlfriend))\b[^.!?;]{3,80}?,?\s*(?:so|and)\s+(?:don't|dont|do\s+not)\s+(?:tell\s+me|give\s+me|talk\s+to\s+me\s+about|come\s+to\s+me\s+with|complain|moan)\b");

        // "The dog gets a warmer welcome than I do", "your phone gets more attention than me": a thing ranked above them.
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:the|your|his|her)\s+(?:[a-z]+\s+)?(?:" + Rivals + @"|dog|cat|telly|tv|car|plants?|xbox|playstation|laptop|computer|games|bike|sister|ex|boss|neighbou?rs?)\s+(?:gets?|got|has|had|receives?)\s+(?:a\s+|more\s+|much\s+|far\s+)?(?:better|more|warmer|nicer|bigger|kinder|longer|[a-z]+er)\b[^.!?;]{0,30}?\bthan\s+(?:i\s+(?:do|did|ever)|me)\b");

        // "Your job comes first and I'm somewhere after the gym": the person ranked below.
        yield return Rule(AccusationKind.Comparison,
            @"\bi(?:'m|m|\s+am)\s+(?:always\s+|just\s+|only\s+|clearly\s+|obviously\s+)?(?:somewhere|way|miles|a\s+long\s+way|far)\s+(?:down\s+(?:the|your)\s+list\s+)?(?:after|behind|below|beneath)\s+(?:the|your|his|her|work|everything|everyone)\b"
            + @"|\b(?:your|his|her)\s+(?:" + Rivals + @"|career|family|hobbies|band|business)\s+(?:always\s+|clearly\s+|obviously\s+|still\s+)?comes?\s+first\b[^.!?;]{0,10}?(?:,|\band\b|\bthen\b|\bwhile\b)\s+(?:i(?:'m|m|\s+am|\s+come|\s+get)\b|me\b)");

        // "You'd never let your mum down the way you let me down": their kindness to others, held against the person.
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:you|u|he|she)(?:'d|d|\s+would)?\s*(?:never|wouldn't|would\s+never|not)\s+(?:[a-z']+\s+){1,4}?(?:your|his|her)\s+(?:own\s+)?(?:mum|mom|mother|dad|father|friends|mates|boss|sister|brother|colleagues|ex|family|parents)\b[^.!?;]{0,30}?\b(?:the\s+way|like)\s+(?:you|u|he|she)\s+(?:[a-z']+\s+){0,2}?me\b");
    }

    // ---- global criticism: nothing enough, nothing finished -----------------------------------------------------

    private static IEnumerable<AccusationRule> SixthGlobalCriticism()
    {
        yield return Rule(AccusationKind.GlobalCriticism,
            // "Nothing I do is ever good enough for you", "I can't do anything right in your eyes".
            @"\bnothing\s+i\s+(?:do|say|make|cook|try|did|give|buy|offer)\s+(?:is|was|will\s+(?:ever\s+)?be|'s)\s+(?:ever\s+)?(?:good\s+enough|right|enough)\s+(?:for|to)\s+(?:you|u|him|her)\b"
            + @"|\bi\s+(?:can't|cannot|never)\s+do\s+(?:anything|a\s+thing|one\s+thing)\s+right\s+(?:for|by|in)\s+(?:you|your\s+eyes|him|her)\b"
            // "There's nothing in your life you actually finish".
            + @"|\b(?:there(?:'s|s|\s+is)|there\s+isn't|there's\s+not)\s+(?:nothing|not\s+(?:one|a\s+single)\s+thing|a\s+single\s+thing|anything)\s+(?:in\s+(?:your|his|her)\s+life\s+)?(?:that\s+)?(?:you|u|he|she)(?:'ve|\s+have)?\s+(?:ever\s+|actually\s+|really\s+|properly\s+)*(?:finish(?:ed)?|complete[sd]?|follow(?:ed)?\s+through\s+on|see\s+through|saw\s+through|stick\s+(?:with|at|to)|stuck\s+(?:with|at|to)|take\s+seriously|took\s+seriously|get\s+right|got\s+right|do\s+(?:right|properly|well)|did\s+(?:right|properly|well))\b"
            // "You only ever think about your own needs", "he looks out for number one".
            + @"|\b(?:you|u|he|she)\s+only\s+(?:ever\s+)?(?:think|thinks|thought|care|cares|cared|worry|worries|worried)\s+about\s+(?:your|his|her)\s*(?:own\b|self\b)|\b(?:you|u|he|she)\s+(?:only\s+)?(?:ever\s+)?looks?\s+out\s+for\s+number\s+one\b"
            // "With you everything has to be on your terms".
            + @"|\bwith\s+(?:you|u|him|her)\s*,?\s+(?:everything|it)\s+(?:always\s+)?(?:has\s+to\s+be|is|'s|must\s+be|needs\s+to\s+be)\s+(?:always\s+)?(?:on\s+your\s+terms|about\s+you|your\s+way|a\s+(?:drama|fight|battle|competition|war|negotiation|big\s+deal|production))\b"
            + @"|\beverything\s+(?:always\s+)?(?:has\s+to|must|needs\s+to)\s+be\s+(?:on\s+(?:your|his|her)\s+terms|(?:about|for)\s+(?:you|him|her)|(?:your|his|her)\s+way)\b"
            // "You can't organise anything to save your life", "you can't handle any responsibility whatsoever".
            + @"|\b(?:you|u|he|she)\s+(?:can't|cant|cannot|couldn't)\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+to\s+save\s+(?:your|his|her)\s+life\b"
            + @"|\b(?:you|u|he|she)\s+(?:can't|cant|cannot|couldn't|could\s+not)\s+(?:even\s+)?(?:handle|manage|organi[sz]e|cope\s+with|be\s+trusted\s+with|take|plan|run|keep\s+track\s+of|look\s+after|remember)\s+(?:any|anything|a\s+single)\b(?!\s+(?:wrong|bad|spicy|else))[^.!?;]{0,40}?\b(?:whatsoever|at\s+all)\b");
    }

    // ---- other people brought in: they noticed too, they were shocked, they say the person deserves better -------

    private static IEnumerable<AccusationRule> SixthOthersOpinion()
    {
        // "My sister noticed it too", "all my coworkers were shocked when I told them what you said".
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b" + WiderJury + @"\s+(?:have\s+|has\s+|had\s+)?(?:all\s+|also\s+|even\s+)?(?:noticed|saw|seen|spotted|picked\s+up\s+on|clocked)\s+(?:it|this|that)\s+(?:too|as\s+well|also)(?:\s*,?\s*so\s+(?:don't|dont|do\s+not)\s+[^.!?;]{1,50})?"
                + @"|\b" + WiderJury + @"\s+(?:were|was|are|is|got)\s+(?:all\s+|so\s+|really\s+|absolutely\s+|completely\s+)?(?:shocked|horrified|appalled|disgusted|stunned|gobsmacked|speechless|outraged)\s+(?:when\s+i\s+(?:told|showed)\s+(?:them|her|him)|to\s+hear|at\s+what|by\s+what|about\s+what|when\s+they\s+(?:heard|saw|found\s+out)))\b(?=(?<rest>[^.!?;]{0,60}))"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value)
                 && (m.Groups["hit"].Value.Contains("too", StringComparison.OrdinalIgnoreCase) || m.Groups["hit"].Value.Contains("as well", StringComparison.OrdinalIgnoreCase)
                     || Regex.IsMatch(m.Groups["rest"].Value, @"\b(?:you|your|u|he|she|him|his)\b", RegexOptions.IgnoreCase, MatchTimeout)));

        // "I asked my group chat and nobody thinks that's normal".
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b(?:nobody|no\s*one|none\s+of\s+(?:them|my\s+[a-z]+|our\s+[a-z]+)|not\s+(?:one|a\s+single)\s+(?:person|one\s+of\s+them|friend))(?:\s+i(?:'ve|\s+have)?\s+(?:asked|spoken\s+to|told))?\s+(?:thinks|think|thought|agrees|agreed|reckons|said|says|believes)\s+(?:that\s+)?(?:that(?:'s|\s+is|\s+was)|it(?:'s|\s+is|\s+was)|this\s+is|what\s+you\s+(?:did|said)\s+(?:is|was)|you(?:'re|\s+are|\s+were))\s+(?:\w+\s+)?(?:normal|okay|ok|fine|acceptable|reasonable|right|on|alright|fair|in\s+the\s+right)\b(?!\s+to\b)");

        // "My friends keep saying I deserve better", "everyone says I could do better": a jury that says it again and
        // again. One friend who said it once, told to the partner before hearing them out, is not a verdict.
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b" + WiderJury + @"\s+(?<often>(?:have\s+been\s+|has\s+been\s+|keep\s+|keeps\s+|always\s+|all\s+|have\s+|has\s+|had\s+)*)(?:saying|say|says|said|telling\s+me|tell\s+me|tells\s+me|told\s+me)\b[^.!?;]{0,25}?\b(?:that\s+)?i\s+(?:deserve\s+(?:so\s+much\s+|far\s+|way\s+|much\s+)?better|could\s+do\s+(?:so\s+much\s+|far\s+|way\s+|much\s+)?better|should\s+(?:leave|get\s+out|dump|walk\s+away|find\s+someone)))\b"),
            m => m.Groups["often"].Length > 0
                 || Regex.IsMatch(m.Groups["hit"].Value, @"^(?:everyone|everybody|people|they|all|my\s+(?:whole|entire))\b|\b(?:friends|family|mates|parents|colleagues|coworkers|girls|lads|guys|kids)\b", RegexOptions.IgnoreCase, MatchTimeout));
    }

    // ---- mind-reading: what they knew, what they meant --------------------------------------------------------

    private static IEnumerable<AccusationRule> SixthMindReading()
    {
        const string notSure = @"(?<!\b(?:think|sure|believe|if|whether|maybe|hope|suppose|doubt)\s+(?:that\s+)?)";

        // "You knew exactly what you were doing", "you picked it because you knew I'd hate it".
        yield return Rule(AccusationKind.MindReading,
            notSure + @"\b(?:you|u|he|she)\s+(?:knew|know)\s+(?:exactly|full\s+well|perfectly\s+well|damn\s+well|very\s+well|fine\s+well)\s+what\s+(?:you|u|he|she)\s+(?:were|was)\s+doing\b"
            + @"|" + notSure + @"\b(?:you|u|he|she)\s+(?:knew|know)\s+(?:full\s+well\s+|perfectly\s+well\s+|damn\s+well\s+|exactly\s+how\s+much\s+|exactly\s+)?(?:that\s+)?(?:i(?:'d|\s+would|\s+was\s+going\s+to)|(?:it|that|this)\s+would|(?:it|that|this)\s+was\s+going\s+to)\s+(?:hate|mind|be\s+(?:upset|hurt|angry|embarrassed|furious|humiliated)|hurt|upset|embarrass|annoy|humiliate|kill|bother|wreck|ruin|break)\b");

        // "You wanted me to find those messages, admit it": a motive pressed with "admit it".
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u)\s+(?:(?:wanted|planned|intended)\s+(?:me|us|this|it|that|everyone|her|him|them)\s+to|wanted\s+to\s+(?:hurt|upset|embarrass|humiliate|punish|get\s+back|make\s+me)|meant\s+(?:to|it)|planned\s+(?:it|this|that)|were\s+trying\s+to|did\s+(?:it|that|this)\s+on\s+purpose|enjoyed\s+(?:it|that|this))\b[^.!?;]{0,50},\s*(?:just\s+|go\s+on\s*,?\s*|so\s+)?(?:admit\s+it|don't\s+deny\s+it|be\s+honest|own\s+it)\b");

        // "You're doing this to punish me", "he only said it to get back at me": a motive of hurt, given as the purpose.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+is|\s+was)?\s+(?:only\s+|just\s+)?(?:[a-z]+ing|did|do|does|said|say|says|went|left|came|bought|picked|chose|invited|brought|posted|told|made|booked|planned|mentioned|wore)\s+(?:[a-z']+\s+){0,4}?(?:just\s+|only\s+|purely\s+|simply\s+)?to\s+(?:punish|spite|hurt|upset|get\s+back\s+at|get\s+at|wind\s+me\s+up|humiliate|embarrass|provoke|annoy|make\s+me\s+(?:jealous|suffer|pay|look\s+(?:bad|stupid|small)|feel\s+(?:bad|guilty|small|stupid|jealous)))(?:\s+me)?\b");
    }

    // ---- the other kinds ----------------------------------------------------------------------------------------

    private static IEnumerable<AccusationRule> SixthOthers()
    {
        // "I can't remember a single time you've said sorry first", but not "…a single time you let me down".
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            // The whole clause is the finding: what they did is what the person cannot find, not an observation.
            Compile(@"(?<hit>\bi\s+(?:can't|cannot|cant|don't|do\s+not|can\s+not)\s+(?:even\s+)?remember\s+(?:a\s+single|one|the\s+last|any)\s+time\s+(?:when\s+|that\s+)?(?:you|u|he|she)(?:'ve|\s+have|'d|\s+had|\s+has)?(?<act>\s+(?:ever\s+|actually\s+)?[a-z]+(?:\s+[a-z']+){0,3}))"),
            m => !Lex.NeverIsPraise.IsMatch(m.Groups["act"].Value) && !Kindly.IsMatch(m.Groups["act"].Value));

        // "I wouldn't be this stressed if you'd just pulled your weight": the feeling, laid at their door by a condition.
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\bi\s+(?:wouldn't|wouldnt|would\s+not|'d\s+not)\s+(?:be|feel|have\s+been|get)\s+(?:(?:this|so|as|half\s+as|nearly\s+as)\s+)?(?<word>[a-z]+)(?:\s+[a-z]+)?\s+if\s+(?:you|u))\b"),
            m => SixthLex.LowStates.Contains(m.Groups["word"].Value),
            m => FeelingsFrom(m.Groups["word"].Value));

        // "You got me so wound up", "you're the one who made me lose it", "I was fine before you started".
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"\b(?:you|u)(?:'ve|\s+have)?\s+(?:got|get|gets|getting|had|wound|winds|winding|worked)\s+me\s+(?:so\s+|all\s+|really\s+)?(?:wound\s+up|worked\s+up|riled\s+up|on\s+edge|in\s+a\s+(?:state|panic)|stressed(?:\s+out)?|upset|angry|furious|anxious)\b"
                + @"|\b(?:you|u)(?:'re|re|\s+are|\s+were)?\s*(?:the\s+one\s+(?:who|that)\s+)?(?:made|make|makes|making)\s+me\s+(?:lose\s+(?:it|my\s+temper|my\s+rag|my\s+cool|control)|snap|flip(?:\s+out)?|blow\s+up|explode|kick\s+off|lash\s+out|do\s+(?:it|that)|say\s+(?:it|that|those\s+things))\b"
                + @"|\bi\s+was\s+(?:fine|okay|ok|calm|perfectly\s+fine)\s+(?:before|until)\s+(?:you|u)\s+(?:started|came|showed|turned|walked|got|opened)\b"),
            m => true,
            m => ["frustrated", "overwhelmed"]);

        // "I'm miserable because of the way you treat me", but not "I'm happy because of how you treat me".
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<=(?<before>[^.!?;]{0,60}))(?<hit>\bbecause\s+of\s+(?:the\s+way|how|what)\s+(?:you|u|he|she)\s+(?:treat|treats|treated|talk|talks|talked|speak|speaks|spoke|act|acts|acted|behave|behaves|behaved|did|said))\b(?=(?<after>[^.!?;]{0,40}))"),
            m => !Kindly.IsMatch(m.Groups["before"].Value + " " + m.Groups["after"].Value),
            m => ["hurt", "sad"]);

        // "How do you not see how that looked?", "explain to me why you thought…", "what was going through your head".
        yield return Rule(AccusationKind.WhyDoYou,
            @"(?<=(?:^|[.!?;,]\s*)(?:(?:seriously|honestly|so|but|and|like|i\s+mean)\s*,?\s*)?)how\s+(?:do|did|could|can|would)\s+(?:you|u)\s+(?:not|never)\s+(?:see|know|notice|realise|realize|understand|care|think|remember|tell|call|text|check|ask)\b"
            + @"|\b(?:explain\s+(?:to\s+me\s+)?|i(?:'d|\s+would)\s+(?:love|like)\s+to\s+know\s+|i\s+want\s+to\s+know\s+)(?:why|how\s+come)\s+(?:you|u)\b(?!\s+(?:love|like|chose\s+me|fell))"
            + @"|\bhow\s+(?:did|do)\s+(?:you|u)\s+(?:think|expect|imagine)\s+(?:i(?:'d|\s+would|\s+was\s+going\s+to)|(?:that|this|it)\s+would)\s+(?:react|feel|take|go|end|look)\b|\bwhat\s+did\s+(?:you|u)\s+(?:think|expect)\s+(?:would|was\s+going\s+to)\s+happen\b"
            + @"|\bwhat\s+(?:on\s+earth\s+|the\s+hell\s+|exactly\s+)?(?:was|is)\s+going\s+(?:through|on\s+in)\s+(?:your|his|her)\s+(?:head|mind|brain)|\bwhat\s+possessed\s+(?:you|u)\b");

        // "Most people know you don't invite your ex", "it's basic manners": a norm stated as what everyone knows.
        yield return Rule(AccusationKind.AnyoneWould,
            @"\b(?:most\s+people|everyone|everybody|anyone|anybody|normal\s+people|all\s+adults|any\s+adult|people)\s+(?:knows?|understands?)\s+(?:that\s+)?(?=" + NormWithGenericYouText + ")"
            + @"|\b(?:it's|it\s+is|that's|that\s+is)\s+(?:just\s+)?(?:basic|common)\s+(?:manners|decency|courtesy|respect|sense|politeness)\b");

        // "Any man who actually loved his wife would have said something", "someone who respected me would have told me",
        // "a considerate person would have asked": love or respect made the measure. "…would be proud of you" is kind.
        yield return new AccusationRule(AccusationKind.AnyoneWould,
            Compile(@"(?<hit>\b(?:(?:any|a|every)\s+(?:[a-z]+\s+)?(?:man|woman|person|husband|wife|partner|boyfriend|girlfriend|father|dad|mother|mum|parent|adult)\s+who\s+(?:actually\s+|really\s+|truly\s+|genuinely\s+)?(?:loved|loves|cared|cares|respected|respects|valued|values|gave\s+a\s+damn)\b[^.!?;]{0,40}?"
                + @"|(?:someone|somebody|anyone|anybody)\s+who\s+(?:actually\s+|really\s+|truly\s+|genuinely\s+)?(?:loved|loves|cared\s+about|cares\s+about|respected|respects|valued|values|gave\s+a\s+damn\s+about)\s+me\s+"
                + @"|(?:a|any|every)\s+(?:considerate|thoughtful|caring|loving|respectful|mature|responsible|kind|polite|rational|halfway\s+decent|half-?decent|grown-?up|proper|functioning)\s+(?:person|man|woman|husband|wife|partner|boyfriend|girlfriend|adult|father|dad|mother|mum|parent|human(?:\s+being)?)\s+)"
                + @"(?:would(?:n't|\s+not|\s+have|'ve)?|'d|knows?|does|doesn't))\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value));

        // "You're a drunk", "ur a sponger": a name made from a habit.
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?:you(?:'re|re|\s+are)|ur|u\s+r)\s+(?:just\s+|nothing\s+but\s+|such\s+)?an?\s+(?:(?:total|complete|absolute|hopeless|raging|pathetic|useless|lazy)\s+)?(?:drunk|drunkard|lush|pisshead|junkie|waster|layabout|sponger|leech|parasite|freeloader|mooch|deadweight)\b");

        // "Oh 'I was busy', sure you were", "yeah right", "wow. just wow", "like I care what you think".
        yield return Rule(AccusationKind.Contempt,
            AfterMark + @"(?:sure|right|yeah\s+right)\s*,?\s+(?:you|u|he|she)\s+(?:were|was|did|are|do|have|had|will|would|can|could|is|does)(?=\s*(?:[.!?,]|$))"
            + @"|(?<=(?:^|[.!?;,]\s*))yeah\s*,?\s+right(?=\s*(?:[.!?]|$))"
            + @"|(?<=(?:^|[.!?;,]\s*))(?:wow|unbelievable|incredible|classic|typical|pathetic)[.!,]*\s+just\s+(?:wow|unbelievable|incredible|classic|typical|pathetic)(?=\s*[.!]*\s*$)"
            + @"|(?<=(?:^|[.!?;]\s*))just\s+wow(?=\s*[.!]*\s*$)"
            + @"|" + AfterMark + @"(?:like|as\s+if)\s+i\s+(?:even\s+|actually\s+|really\s+|would\s+|'d\s+)?(?:care|cared|give\s+a\s+(?:damn|toss|shit|fuck|monkey's)|could\s+care\s+less)\b");

        // "Keep seeing her and I'll make sure the kids know exactly who you are": exposure promised.
        yield return Rule(AccusationKind.Threat,
            IWill + @"make\s+sure\s+(?:everyone|everybody|the\s+kids|the\s+children|your\s+[a-z]+|people|the\s+whole\s+[a-z]+|all\s+your\s+[a-z]+)\s+(?:knows?|finds?\s+out|hears?|sees?|learns?)\s+(?:(?:exactly|all\s+about|the\s+truth\s+about)\s+)?(?:(?:who|what)\s+(?:you|u)\b|the\s+truth\b|about\s+(?:you|this|her|him|it|us|what\s+you)\b|what\s+kind\s+of\b)");

        // "If you're not home by ten I'm changing the locks", "either you quit or I take the kids and you won't see them".
        const string punishment =
            @"(?:" + IWill + @"|\bi(?:'m|m|\s+am)\s+)(?:chang(?:e|ing)\s+the\s+locks|lock(?:ing)?\s+you\s+out|throw(?:ing)?\s+(?:you|your\s+(?:stuff|things|clothes))\s+out|bin(?:ning)?\s+your|sell(?:ing)?\s+your|cancel(?:ling|ing)?\s+your|cut(?:ting)?\s+you\s+off|block(?:ing)?\s+your)\b";
        yield return Rule(AccusationKind.Threat,
            @"\b(?:if|unless)\s+(?:you|u)\b[^.!?;]{1,60}?,?\s*(?:then\s+)?" + punishment
            + "|" + punishment + @"[^.!?;]{0,30}?\b(?:if|unless)\s+(?:you|u)\b"
            + @"|\bor\s+i(?:'ll|\s+will)?\s+take\s+the\s+(?:kids|children|baby)\b"
            + @"|\byou(?:'ll|\s+will)?\s*(?:won't|wont|will\s+not|'ll\s+never|\s+never)\s+see\s+(?:the\s+kids|your\s+kids|the\s+children|your\s+children|your\s+(?:son|daughter|baby)|the\s+baby|(?<=\b(?:kids|children|baby)\b[^.!?]{0,40})them)(?:\s+again)?\b");

        // "If there's drinking at the party I'll take a taxi home", "if we can't talk calmly I'm going to hang up": the
        // person's own plan under a condition that need not be about the partner.
        yield return Rule(AccusationKind.Boundary,
            @"\bif\s+(?:(?:you|u)\b[^.!?;]{1,60}?|(?:we|there(?:'s|s|\s+is|\s+are)|it|things|this|anyone|anybody|people)\b" + ConflictCue + @"[^.!?;]{1,60}?),?\s*(?:then\s+)?" + IWill
            + @"(?:take\s+(?:them|the\s+kids|the\s+children)\s+(?:and\s+(?:go|leave)|with\s+me|to\s+(?:my|the|a|our)|out|outside|upstairs)|go\s+for\s+a\s+(?:walk|drive)|go\s+out|take\s+a\s+break|step\s+out|(?:take|get|call|book)\s+(?:a\s+|an\s+)?(?:taxi|cab|uber|bus|train|lift)|drive\s+(?:myself|home)|go\s+home|leave\s+(?:early|the\s+(?:party|room|house|table|call))|hang\s+up|end\s+the\s+(?:call|conversation)|walk\s+away|make\s+my\s+own\s+way|stay\s+(?:at|with)|go\s+to\s+(?:bed|my|a|the))\b[^.!?;]{0,40}");
    }

    // ---- third pass: ideas from a further batch of our own probe sentences, across every kind ------------------

    private static IEnumerable<AccusationRule> SixthThirdPass()
    {
        // "Not one birthday have you got right": the whole clause is the verdict.
        // "Not one day has he missed, and I love him for it" is thanks.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"(?<hit>\bnot\s+(?:one|a\s+single)\s+[a-z]+\s+(?:have|has|did|do|does)\s+(?:you|u|he|she)\b[^.!?;,]{0,40})(?=(?<rest>[^.!?]{0,60}))"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value) && !Kindly.IsMatch(m.Value));

        // "Living with you has made me a nervous wreck", "you push my buttons", "you've got me second-guessing myself".
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"\b(?:living|being|life)\s+with\s+(?:you|him|her)\s+(?:has\s+|have\s+)?(?:made|turned|left)\s+me\b(?!\s+(?:into\s+)?(?:so\s+)?(?:happy|happier|better|stronger|calmer|whole|grateful|a\s+better)\b)"
                + @"|\b(?:you|u)\s+(?:always\s+|just\s+|really\s+|know\s+(?:exactly\s+)?how\s+to\s+)?(?:push|pushed|pushing|press|pressed)\s+(?:all\s+)?my\s+buttons\b"
                + @"|\b(?:you|u)(?:'ve|\s+have)?\s+(?:got|get|had)\s+me\s+(?:second-guessing|doubting|questioning)\b"),
            m => true,
            m => ["anxious", "unsure"]);

        // "You're really petty sometimes", "you can be incredibly cold": a label with another intensifier than "so".
        yield return new AccusationRule(AccusationKind.YoureSo,
            Compile(@"\b(?=you)" + NotSayingThat + @"(?:you(?:'re|re|\s+are|\s+were)|you\s+can\s+be|you\s+get)\s+(?:really|incredibly|unbelievably|ridiculously|seriously|properly|bloody|very|awfully|terribly|extremely)\s+(?<word>[a-z][a-z'-]*)\b"),
            m => !NotALabel.Contains(m.Groups["word"].Value)
                 && (CharacterLabels.Contains(m.Groups["word"].Value, StringComparer.OrdinalIgnoreCase) || Lex.FaultAdjectives.Contains(m.Groups["word"].Value)));

        // "What is it with you and the lights?", "how hard is it to reply?", "would it kill you to say thanks?".
        // "How hard is it to learn the piano, do you think?" asks.
        yield return new AccusationRule(AccusationKind.WhyDoYou,
            Compile(@"(?<hit>\bwhat(?:\s+is|'s)\s+(?:it|the\s+deal)\s+with\s+(?:you|u|him|her)\b(?:\s+and\s+[^.!?;,]{1,40})?|\bhow\s+hard\s+(?:is|was|can)\s+it\s+(?:be\s+)?to\b|\bwould\s+it\s+kill\s+(?:you|u|him|her)\s+to\b)(?=(?<rest>[^.!?]{0,60}))"),
            m => !Regex.IsMatch(m.Groups["rest"].Value, @"\b(?:learn|do\s+you\s+think|would\s+you\s+say|for\s+(?:a\s+)?(?:beginner|someone|anyone))\b", RegexOptions.IgnoreCase, MatchTimeout));

        // "He's a spineless little worm": a name for him or her, with words in front.
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?:he's|he\s+is|she's|she\s+is)\s+(?:such\s+)?an?\s+(?:(?:spineless|gutless|useless|lazy|selfish|pathetic|lying|miserable|nasty|little|total|complete)\s+){1,2}(?:worm|rat|weasel|snake|toad|slug|leech|coward|idiot|loser|liar|pig)\b");

        // "You don't actually want to fix this", "you've never cared about anyone but yourself".
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)\s+(?:don't|dont|doesn't|do\s+not|does\s+not)\s+(?:actually|really)\s+want\s+to\s+(?:fix|sort|work\s+on|change|save|try|be\s+(?:with|here))\b");
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b(?:you|u|he|she)(?:'ve|\s+have|'s|\s+has)?\s+never\s+(?:really\s+)?(?:cared|thought)\s+(?:about|of)\s+(?:anyone|anybody)\s+(?:but|except|other\s+than)\s+(?:yourself|himself|herself)\b"
            // "Your whole attitude is the problem".
            + @"|\b(?:your|his|her)\s+(?:whole\s+|entire\s+)?(?:attitude|personality|character|outlook|way\s+of\s+being)\s+is\s+(?:the\s+(?:whole\s+)?problem|the\s+issue|toxic|rotten|wrong)\b");

        // "Even your brother would have remembered", "even a child would know": the least likely, doing better.
        yield return Rule(AccusationKind.Comparison,
            @"\beven\s+(?:" + SomeoneElse + @"|the\s+kids|a\s+stranger)\s+(?:would(?:\s+have|'ve)?|could(?:\s+have|'ve)?)\s+(?:remembered|known|noticed|managed|done|called|helped|asked|cared|understood)\b");

        // "My therapist says this isn't healthy": a jury's verdict on "this".
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b" + WiderJury + @"\s+(?:says?|said|thinks?|thought|agrees?|agreed)\s+(?:that\s+)?(?:this|that|it|what\s+you\s+(?:do|did))\s+(?:isn't|is\s+not|wasn't|was\s+not|'s\s+not)\s+(?:healthy|normal|okay|ok|right|fair|acceptable|on)\b");

        // "I'd hate for the kids to find out": people who might learn of it, held over them.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\b(?:i'd|i\s+would)\s+hate\s+for\s+(?:the\s+kids|the\s+children|your\s+[a-z]+|everyone|anyone|people|the\s+whole\s+[a-z]+)\s+to\s+(?:find\s+out|know|hear|see|learn)\b");

        // "Thanks a bunch for nothing"; "bravo, you found the washing machine": thanks for nothing, the ordinary found.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\bthanks?\s+(?:a\s+bunch|a\s+lot|loads|heaps)\s+for\s+nothing\b"
            + @"|(?<=\b(?:bravo|well\s+done|congrat(?:ulation)?s|wow|amazing|look\s+at\s+that)\b[^.!?]{0,10})(?:you|u|he|she)\s+(?:finally\s+|actually\s+)?(?:found|discovered|located)\s+the\s+(?:washing\s+machine|dishwasher|hoover|vacuum|kitchen|bins?|iron|laundry\s+basket|oven|mop|sink|washing\s+basket)\b");

        // "If you raise your voice again I'm leaving the room": the person's own step, said in the present.
        yield return Rule(AccusationKind.Boundary,
            @"\bif\s+(?:you|u)\b" + ConflictCue + @"[^.!?;]{1,60}?,?\s*(?:then\s+)?i(?:'m|m|\s+am)\s+(?:leaving\s+the\s+(?:room|house|table|call|party)|hanging\s+up|ending\s+the\s+(?:call|conversation)|walking\s+away|going\s+(?:home|out|for\s+a\s+walk|to\s+(?:bed|my)))\b[^.!?;]{0,30}");
    }
}
