using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// The second widening for issue 11, after the independent set of 2026-12-07 showed whole ideas the rules lacked.
/// Still grammar, not phrases: who a clause is about (the partner as "you"/"u", "he"/"she", or someone else's partner
/// set beside them), what it claims (blame, a norm, a motive, a rank, a jury's verdict, a consequence aimed at them,
/// a decision about the person's own life) and how absolute it is. Each rule names the frame it reads and turns
/// away the kindly reading of the same frame ("you never forget to…", "I won't forget your birthday").
/// </summary>
internal static partial class AccusationRules
{
    // The partner as a typed "you": "u" and "ur" as people write in a hurry.
    private const string You = @"(?:you|u)";

    private const string YouAreCasual = @"(?:you(?:'re|re|\s+are)|ur|u\s+r|u\s+are)";

    // Someone's partner, the partner's people, the partner's things: what a threat can be aimed at.
    private const string Roles =
        @"(?:people|person|men|man|women|woman|couples?|partners?|husbands?|wives|wife|boyfriends?|girlfriends?|adults?|grown-?ups?|guys?|blokes?|lads?"
        + @"|fathers?|dads?|mothers?|mums?|moms?|parents?|friends?|human\s+beings?|humans?|spouses?|fianc[eé]e?s?)";

    // Acts aimed at the partner, their people, their things, their name or their children: a consequence meant to hurt.
    private const string HarmAct =
        @"(?:(?:tell|telling)\s+(?:everyone|everybody|the\s+whole|your|his|her|them\s+all|people|the\s+(?:police|world|kids|children|court|judge|village|street|internet))|show|showing|send|sending|post|posting|share|sharing|leak|leaking|spread|spreading|publish|expose|exposing"
        + @"|smash|smashing|break|breaking|burn|burning|bin|binning|destroy|destroying|ruin|ruining|wreck|wrecking|trash|trashing|sell|selling|throw|throwing|cut\s+up|key"
        + @"|empty|emptying|drain|draining|clear\s+out|freeze|freezing|cancel|cancelling|cut\s+(?:you|off)|cutting\s+(?:you|off)|report|reporting"
        + @"|come\s+(?:to|round\s+to|down\s+to)\s+your|coming\s+(?:to|round\s+to)\s+your|turn\s+up\s+at|show\s+up\s+at|make\s+a\s+scene|making\s+a\s+scene"
        + @"|take\s+(?:the|your|our|my)\s+(?:kids|children|son|daughter|baby|boys|girls|car|house|dog|money)|taking\s+(?:the|your|our)\s+(?:kids|children|son|daughter|baby|car|keys|money|dog)"
        + @"|keep\s+(?:the|our)\s+(?:kids|children)|stop\s+you\s+(?:seeing|from\s+seeing)|make\s+sure\s+(?:you|everyone|everybody|people|the\s+whole\s+\w+|your\s+\w+)|(?:go|going)\s+(?:straight\s+)?to\s+your\s+(?:parents|mum|mom|mother|dad|father|family|boss|wife|husband|work|office|sister|brother)|see\s+to\s+it|get\s+you|sue\s+you|take\s+you\s+for"
        + @"|(?:call|ring|text|email|message|contact)\s+your\s+\w+(?=\s+(?:and|about)\b)|drag|humiliate|embarrass|make\s+your\s+life|hurt|kill|hit)";

    private static IEnumerable<AccusationRule> WidenedRules() =>
    [
        .. WidenedAlwaysNever(), .. WidenedBlame(), .. WidenedYoureSo(), .. WidenedWhyDoYou(), .. Norms(),
        .. WidenedNameCalling(), .. WidenedContempt(), .. ConditionalThreats(), .. WidenedVeiledThreats(),
        .. WidenedJudgementAsFeeling(), .. WidenedMindReading(), .. WidenedGlobalCriticism(), .. WidenedComparison(),
        .. WidenedOthersOpinion(), .. WidenedSarcasticPraise(), .. OwnDecisions(),
    ];

    // ---- always/never said other ways ------------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedAlwaysNever()
    {
        // "u always have to have the last word", "ur never on time": the old rule, with "you" as people type it.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"(?<hit>\b(?:u|ur|u\s+r)(?:\s+(?:just|literally|honestly))?\s+(?<adv>always|never|constantly))\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value) && !Lex.PraiseAfterAlways.IsMatch(m.Groups["rest"].Value) && !Lex.NeverIsPraise.IsMatch(m.Groups["rest"].Value));

        // "You haven't asked a single time", "not one single time": a whole stretch of time counted as none.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"\b(?=a|one|once|even)(?<=(?<before>[^.!?;]{0,80}))(?<hit>(?:a|one)\s+(?:single\s+)?time|even\s+once|(?:once|one\s+time)\s+in\s+(?:\w+\s+)?(?:years|months|weeks|ages|forever))\b"),
            m => Lex.Negated.IsMatch(m.Groups["before"].Value) && PartnerActs.IsMatch(m.Groups["before"].Value));

        // "For years now the washing up has been left to me", "every weekend I'm stuck with the kids": the load,
        // counted as forever, with the partner nowhere in the clause.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"\b(?=for|every|all|day|week|month|year|since)(?<hit>for\s+(?:years|months|weeks|ages)(?:\s+now)?|every\s+(?:single\s+)?(?:day|night|week|weekend|time)|all\s+the\s+time|(?:day|week|month|year)\s+after\s+(?:day|week|month|year)|since\s+forever)\b(?=(?<after>[^.!?;]{0,80}))"),
            m => Lex.Burden.IsMatch(m.Groups["after"].Value) && !Kindly.IsMatch(m.Groups["after"].Value));

        // "It's always about your work", "it's never my turn", "everything is always on your terms".
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"(?<hit>\b(?:it|everything|things|this)(?:'s|s|\s+is|\s+has\s+to\s+be|\s+was)\s+(?:always|never|constantly|forever))\s+(?<rest>(?:about|on|your|you|what\s+you|for\s+you|my\s+(?:fault|job|problem)|me\s+who|me\s+that|the\s+same)\b[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value));

        // "It's the same story every time", "same thing every weekend": the same, again, as a verdict.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"(?<hit>\b(?:(?:it's|its|it\s+is)\s+)?(?:the\s+)?same\s+(?:old\s+)?(?:story|thing|routine|excuse|excuses|song|pattern)(?:\s+(?:every|each)\s+(?:single\s+)?(?:time|day|night|week|weekend|month|year))?)(?=(?<after>[^.!?;]{0,80}))"),
            m => (PartnerActs.IsMatch(m.Groups["after"].Value) || Sore.IsMatch(m.Groups["after"].Value)) && !Kindly.IsMatch(m.Groups["after"].Value));
    }

    // ---- blame: the fault placed on them ----------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedBlame()
    {
        // "it's all down to you", "that's on you", "I blame you", "this is your doing", "you did this".
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\b(?:it|that|this|all\s+(?:of\s+)?(?:this|that)|everything)(?:'s|s|\s+is|\s+was)\s+(?:all\s+|entirely\s+|completely\s+|totally\s+|squarely\s+|100%\s+)?(?:(?:on\s+you|down\s+to\s+you)(?!\s+to\s+(?!me\b|us\b))|your\s+(?:fault|doing|responsibility|mess|problem)|because\s+of\s+you)"
                + @"|\bi\s+(?:blame|hold)\s+you(?:\s+(?:for|responsible))?|\byou\s+(?:did|caused|started|brought)\s+(?:this|all\s+this|all\s+of\s+this|it\s+all)(?:\s+(?:on|to)\s+(?:me|us|yourself))?(?=\s*(?:[.!?;,]|$|and|so|when))"
                + @"|\blook\s+what\s+you(?:'ve|ve|\s+have)?\s+(?:done|made|did)(?:\s+to\s+(?:me|us))?)\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value) && !Kindly.IsMatch(m.Groups["hit"].Value));

        // "The whole mess with the bank is down to you", "the state of this house is all on you": any subject, the
        // fault placed on them ("it's down to you to decide" hands them a choice, not a fault).
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\b(?<!\b(?:drinks|round|dinner|meal|bill|tab|lunch|coffee|one|beers|pizza|treat|food)\s+)(?:is|was|are|were|'s)\s+(?:all\s+|entirely\s+|completely\s+|totally\s+|squarely\s+)?(?:(?:down\s+to\s+you|on\s+you)(?!\s+to\b|\s+now\b|\s+tonight\b)|your\s+(?:fault|doing)))(?=\s*(?:[.!?;,]|$|and|so|not))"),
            m => true);

        // "The reason I'm so anxious is you": the cause named as them.
        yield return Rule(AccusationKind.YouMakeMeFeel,
            @"\bthe\s+(?:only\s+)?reason\s+(?:why\s+)?i\b[^.!?;]{0,60}?\b(?:is|was)\s+(?:because\s+of\s+)?(?:you|u)\b(?=\s*(?:[.!?;,]|$|and))");
    }

    // ---- "you're so" typed casually -------------------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedYoureSo()
    {
        yield return new AccusationRule(AccusationKind.YoureSo,
            Compile(@"\b(?=u)(?:ur|u\s+r|u\s+are)(?:\s+(?:always|just|being|really|acting|sometimes|constantly|still))*\s+(?:so+|too|such\s+an?)\s+(?<word>[a-z][a-z'-]*)"),
            m => !NotALabel.Contains(m.Groups["word"].Value));
    }

    // ---- a question that asks for a defence ----------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedWhyDoYou()
    {
        // "What were you thinking", "what possessed you", "who do you think you are", "what gives you the right".
        yield return Rule(AccusationKind.WhyDoYou,
            @"\bwhat\s+(?:on\s+earth\s+|the\s+hell\s+|in\s+god's\s+name\s+)?(?:were|was|are)\s+(?:you|u|he|she)\s+(?:thinking|playing\s+at|on\s+about)(?!\s+(?:of|about)\b)"
            + @"|\bwhat\s+(?:possessed|made)\s+(?:you|him|her)\s+(?:to|think)\b|\bwho\s+(?:do|does)\s+(?:you|he|she)\s+think\s+(?:you|he|she)\s+(?:are|is)\b|\bwhat\s+gives\s+you\s+the\s+right\b"
            + @"|\bwhat(?:'s|s|\s+is)\s+(?:so\s+)?hard\s+about\b|\bis\s+it\s+(?:really\s+)?(?:so|that|too)\s+(?:hard|difficult|much\s+to\s+ask)\s+(?:for\s+you\s+)?to\b");
    }

    // ---- a norm they are put on trial against ----------------------------------------------------------

    private static IEnumerable<AccusationRule> Norms()
    {
        // "A proper girlfriend would've…", "real partners support…", "any grown man can…", "most boyfriends would…",
        // "normal couples talk…": a measure of what a <role> does, held up to them.
        const string measure = @"(?:real|proper|normal|decent|good|caring|loving|grown|self-respecting|half-decent|reasonable|responsible|mature|sane|functioning|regular)";
        yield return new AccusationRule(AccusationKind.AnyoneWould,
            Compile(@"(?<hit>\b(?:(?:any|a|an|every|most|all)\s+(?:" + measure + @"\s+)?|" + measure + @"\s+)" + Roles
                + @")(?=(?:\s+(?:out\s+there|i\s+know|on\s+earth))?\s+(?<verb>would(?:n't|\s+not|'ve|\s+have)?|'d|could|can|should|do|don't|does|doesn't|know|knows|manage|manages|remember|remembers|at\s+least|actually|just|(?!is\b|was\b|has\b|isn't\b|wasn't\b|as\b|in\b|on\b|at\b|to\b|of\b|for\b|from\b|with\b|who\b|that\b|this\b|and\b|or\b)[a-z]+s?)\b(?<rest>[^.!?;]{0,40}))"),
            m =>
            {
                var hit = m.Groups["hit"].Value;
                var measured = Regex.IsMatch(hit, @"\b(?:real|proper|normal|decent|good|caring|loving|grown|self-respecting|half-decent|reasonable|responsible|mature|sane|functioning|regular)\s", RegexOptions.IgnoreCase, MatchTimeout);
                var modal = Regex.IsMatch(m.Groups["verb"].Value, @"^(?:would|'d|could|can|should|know|knows|manage|manages|remember|remembers|at|actually|just|do|don't|does|doesn't)", RegexOptions.IgnoreCase, MatchTimeout);
                var rest = m.Groups["rest"].Value;
                // "most people would find this hard", "any man would be lucky to have you": generous, not a trial.
                // "A good friend told me…" tells a story; a norm speaks of what such a person does, in the present or would.
                if (!modal && Regex.IsMatch(m.Groups["verb"].Value, @"(?:ed|told|said|went|came|gave|took|made|was|were|got|had|saw|sent|left|brought|bought|thought|knew|met|wrote)$", RegexOptions.IgnoreCase, MatchTimeout))
                {
                    return false;
                }

                // A measure held up ("a loving partner would want to…") is a trial even with a soft verb; only "lucky to
                // have you" and the like stay generous there.
                var generous = measured
                    ? Regex.IsMatch(rest, @"^\s*(?:be|feel)\s+(?:a\s+bit\s+|a\s+little\s+|so\s+|really\s+|very\s+)?(?:lucky|proud|glad|happy|grateful)\b", RegexOptions.IgnoreCase, MatchTimeout)
                    : Lex.NormIsGenerous.IsMatch(rest);
                return (measured || (modal && !Regex.IsMatch(hit, @"^(?:a|an)\s", RegexOptions.IgnoreCase, MatchTimeout)))
                    && !generous && !Kindly.IsMatch(rest);
            });

        // "Anybody with common sense would know", "anyone with a brain can see".
        yield return Rule(AccusationKind.AnyoneWould,
            @"\b(?:any(?:one|body)|someone|somebody|a\s+person)\s+with\s+(?:(?:a|any|an\s+ounce\s+of|half\s+a|even\s+a\s+bit\s+of|basic|common|some)\s+)*(?:sense|brain|brains|heart|decency|manners|respect|empathy|clue|conscience|eyes|common\s+sense|self-respect)\s+(?:would|could|can|knows?|gets?|understands?|remembers?|should)\b");
    }

    // ---- insults without "you're a" ------------------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedNameCalling()
    {
        // "you absolute muppet", "you utter waste of time": "you" and an intensifier, then a noun for them.
        yield return new AccusationRule(AccusationKind.NameCalling,
            Compile(@"(?<hit>\b(?:you|u)\s+(?:absolute|utter|complete|total|bloody|fucking|freaking|stupid|pathetic|useless|lazy|selfish|great\s+big|big\s+fat|little)(?:\s+(?:absolute|utter|complete|total|bloody|fucking|stupid|pathetic|useless|lazy|selfish|little|great|big|fat))*\s+(?<word>[a-z][a-z'-]*))(?=\s*(?:[.!?,;]|$))"),
            m => !Lex.FondNouns.Contains(m.Groups["word"].Value));

        // "You spineless coward", "you two-faced liar": "you", any words for them, then an insult, ending the clause.
        yield return Rule(AccusationKind.NameCalling,
            @"(?<hit>\b(?:you|u)(?:\s+[a-z-]+){1,2}?\s+" + Alt([.. HardInsultNouns.Where(n => n != "joke" && n != "failure")]) + @")(?=\s*(?:[.!?,;]|$))");

        // "You're nothing but a leech", "he's no better than a thief", "you're nothing more than a child".
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?:you(?:'re|re|\s+are|\s+were)|ur|he(?:'s|\s+is)|she(?:'s|\s+is))\s+(?:just\s+|really\s+)?(?:nothing\s+(?:but|more\s+than)|no\s+better\s+than|little\s+more\s+than)\s+(?:a|an|some)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\b");

        // A bare insult as a sentence of its own: "Idiot. You locked us out again." / "Liar!"
        var insult = Alt([.. HardInsultNouns.Where(n => n != "joke" && n != "failure"), "muppet", "prat", "pillock", "twat", "wanker", "tosser", "numpty", "plonker", "leech", "parasite", "cow"]);
        yield return Rule(AccusationKind.NameCalling,
            @"(?<=(?:^|[.!?;:]\s*|,\s*))(?<hit>(?:(?:stupid|bloody|fucking|absolute|total|complete|utter|useless|pathetic|lazy|lying|selfish)\s+){0,2}" + insult + @")(?=\s*(?:[.!?]|$))");
    }

    // ---- contempt: "as if you'd…" ------------------------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedContempt()
    {
        yield return Rule(AccusationKind.Contempt,
            @"(?<=(?:^|[.!?;,—-])\s*(?:(?:oh|yeah|ha|and)\s*,?\s*)?)(?<hit>as\s+if\s+(?:you|u|he|she)(?:'d|d|\s+would|\s+could|\s+ever|\s+even|\s+actually|\s+care|\s+know)\b)");
    }

    // ---- open threats: a consequence aimed at them, tied to a condition -----------------------------------

    // What the person will do about their own life: a boundary's consequence, never a threat's.
    private const string OwnLife =
        @"(?:leave|leaving|go|going|stay|staying|sleep|sleeping|move|moving|walk|walking|hang\s+up|end\s+the\s+(?:call|conversation)|stop\s+(?:the|this)\s+conversation"
        + @"|call\s+the\s+police|calling\s+the\s+police|get\s+help|see\s+a|seeing\s+a|talk\s+to\s+a|block|blocking|change\s+the\s+locks|worry|cry|be\s+(?:upset|sad|hurt|gone|done)|done|out|finished|through)";

    private static IEnumerable<AccusationRule> ConditionalThreats()
    {
        const string iWillTo = @"(?:i(?:'ll|ll|\s+will|'m\s+going\s+to|m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|m\s+gonna|\s+swear\s+i(?:'ll|\s+will)|'d|\s+would)|i(?:'m|m|\s+am))\s+(?:just\s+|simply\s+|personally\s+|seriously\s+|actually\s+|also\s+|then\s+)?";

        // "… or I'll empty the joint account", "or I'm telling your boss", "or I swear I'll come to your work".
        yield return Rule(AccusationKind.Threat,
            @"\bor\s+(?:else\s+)?(?:i\s+swear\s+)?(?:,\s*)?" + iWillTo + @"(?!" + OwnLife + @"\b)" + HarmAct + @"\b[^.!?;]{0,50}");

        // "Cross me again and I'll…", "keep talking like that and I'll tell your family…": an imperative, then harm.
        yield return Rule(AccusationKind.Threat,
            @"(?<=(?:^|[.!?;:,]\s*|\bjust\s+|\bgo\s+on\s*,?\s*))(?<hit>(?:[a-z']+\s+){1,10}?and\s+(?:then\s+)?" + iWillTo + HarmAct + @"\b[^.!?;]{0,50})");

        // "If you tell your mother, I'll take the kids", "I'll smash your guitar if you leave".
        yield return Rule(AccusationKind.Threat,
            @"\b(?:if|unless|the\s+(?:minute|second|day|moment)|next\s+time)\s+(?:you|u)\b[^.!?;]{1,70}?,?\s*(?:then\s+)?" + iWillTo + HarmAct + @"\b[^.!?;]{0,50}"
            + @"|\b" + iWillTo + HarmAct + @"\b[^.!?;]{0,50}?\b(?:if|unless|the\s+(?:minute|second|day|moment))\s+(?:you|u)\b[^.!?;]{0,60}");

        // "you won't see the kids again", "you'll never see them again": the children as the price.
        yield return Rule(AccusationKind.Threat,
            @"\byou(?:'ll|ll|\s+will)?\s+(?:won't|wont|will\s+not|never|not)\s+(?:ever\s+)?(?:get\s+to\s+)?see\s+(?:them|the\s+kids|your\s+kids|the\s+children|your\s+children|your\s+(?:son|daughter|baby)|us)\s+(?:again|ever\s+again)\b");
    }

    // ---- veiled threats: a consequence left unsaid ---------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedVeiledThreats()
    {
        yield return Rule(AccusationKind.VeiledThreat,
            // "You don't want to know what I'll do", "you really don't want to push me".
            @"\byou\s+(?:really\s+|seriously\s+)?(?:don't|dont|do\s+not|won't|wont)\s+want\s+to\s+(?:know|see|find\s+out|push|test|cross|try|make\s+me|be\s+around(?!\s+(?:me|us)\b)|go\s+there)\b"
            // "I'd be careful if I were you", "I'd think twice", "I'd watch it": advice that warns.
            + @"|\bi(?:'d|d|\s+would)\s+(?:be\s+(?:very\s+|really\s+)?careful|think\s+(?:twice|carefully|very\s+carefully)|watch\s+(?:it|out|yourself|my\s+step|your\s+step|what\s+you)|not\s+do\s+that|reconsider)(?:\s+if\s+i\s+were\s+you\b|(?=\s*(?:[.!]|$|,?\s*(?:that's\s+all|mate|love|just\s+saying)|before\s+you|about\s+(?:what|how)\s+you)))"
            + @"|\bif\s+i\s+were\s+you,?\s+i(?:'d|d|\s+would)\s+(?:be\s+careful|watch|think|not|stop|start\s+behaving)\b"
            // "Go on then, see what happens", "try it and see", "you'll find out who I really am".
            + @"|(?<=(?:^|[.!?;,]\s*|\band\s+|\bthen\s+))(?:just\s+)?see\s+what\s+happens\b|\b(?:try|do)\s+(?:it|that|me)\s+and\s+see\b"
            + @"|\byou(?:'ll|ll|\s+will)\s+(?:soon\s+)?(?:see|find\s+out|learn|discover)\s+(?:who|what\s+i|how\s+(?:far|serious)|the\s+hard\s+way|soon\s+enough|one\s+day|soon)\b"
            // "Things might get very difficult for you", "I can make your life hard", "you'd better watch it".
            + @"|\b(?:things|life|it|this)\s+(?:might|could|will|can|is\s+going\s+to|are\s+going\s+to)\s+(?:get|become|turn|be\s+made)\s+(?:very\s+|really\s+|pretty\s+|a\s+lot\s+)?(?:difficult|hard|complicated|messy|ugly|nasty|unpleasant|bad|awkward|tough|interesting)\s+for\s+(?:you|him|her)\b"
            + @"|\bi\s+(?:can|could|will)\s+make\s+(?:your|his|her)\s+life\s+(?:very\s+|really\s+)?(?:difficult|hard|hell|miserable|a\s+misery|a\s+nightmare)\b"
            + @"|\byou(?:'d|d|\s+had)\s+better\s+(?:watch|hope|pray|be\s+careful|think|not|sleep\s+with)\b"
            + @"|\b(?:one\s+day|someday|sooner\s+or\s+later),?\s+you(?:'ll|ll|\s+will)\s+(?:pay|be\s+sorry|regret|get\s+what)\b"
            + @"|\bwhat\s+i(?:'m|m|\s+am)\s+(?:really\s+)?capable\s+of\b|\bmark\s+my\s+words\b|\byou(?:'ll|ll|\s+will)\s+regret\s+(?!it\b|this\b|that\b)\w+|\bwe(?:'ll|ll|\s+will)\s+see\s+(?:about\s+that|who\s+(?:wins|laughs|is\s+sorry))\b|\bthis\s+(?:isn't|is\s+not|ain't)\s+over\b");
    }

    // ---- "it feels like you…" --------------------------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedJudgementAsFeeling()
    {
        // "It feels like you've checked out", "i feel like u dont even want this", "feels like you don't care".
        var pattern = @"(?<hit>\b(?:(?:it|this|that)\s+(?:really\s+|just\s+|honestly\s+)?(?:feels|felt|has\s+felt|is\s+feeling)|(?<=(?:^|[.!?;,]\s*))feels|i(?:" + FeelVerb + @")))"
            + @"\s+(?:like|as\s+if|as\s+though|that)"
            + @"(?=\s+(?:you|u)(?:'re|re|'ve|ve|'d|d|'ll|ll|\s+are|\s+were|\s+r)?\s+(?<next>[a-z']+)(?<rest>[^.!?;]{0,60}))";
        yield return new AccusationRule(AccusationKind.JudgementAsFeeling, Compile(pattern), m =>
        {
            var clause = m.Groups["next"].Value + m.Groups["rest"].Value;
            return !m.Groups["next"].Value.Equals("and", StringComparison.OrdinalIgnoreCase)
                && !(AppreciativeThought.IsMatch(clause) && !NegativeTurn.IsMatch(clause))
                && !(Regex.IsMatch(clause, @"\bfinally\b", RegexOptions.IgnoreCase, MatchTimeout) && !NegativeTurn.IsMatch(clause.Replace("finally", "", StringComparison.OrdinalIgnoreCase)))
                && !(Kindly.IsMatch(clause) && !Regex.IsMatch(clause, @"\b(?:at|about)\s+me\b|n't|\bnot\b|\bnever\b", RegexOptions.IgnoreCase, MatchTimeout));
        });
    }

    // ---- mind-reading: what goes on inside them ----------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedMindReading()
    {
        // "I know you're only saying sorry to…", "I can tell you're thinking about her", "I bet you were glad".
        yield return Rule(AccusationKind.MindReading,
            @"\bi\s+(?:just\s+)?(?:know|can\s+tell|can\s+see|bet|could\s+tell|could\s+see)\s+(?:that\s+)?(?:deep\s+down\s+)?(?:you|u|he|she)(?:'re|re|\s+are|\s+were|\s+was|'s|\s+is)\s+"
            + @"(?:(?:only|just|secretly|really|actually)\s+(?:\w+ing|glad|pleased|happy|relieved|thrilled)|thinking\s+(?:about|of)\s+(?:her|him|them|someone|your\s+ex|leaving|other)|(?:glad|pleased|relieved|thrilled|delighted|happy)\s+(?:that|about|when|i)|(?:enjoying|loving)\s+(?:this|it|every|seeing))\b");

        // "Deep down you want out", "you're just pretending to be upset": their inside, known for them.
        yield return Rule(AccusationKind.MindReading,
            @"\bdeep\s+down,?\s+(?:you|u|he|she)(?:'re|re|\s+are|'d|d|\s+would)?\s+(?:just\s+|really\s+|only\s+)?(?:want|wanted|know|knew|think|thought|don't|dont|didn't|hate|resent|blame|wish|care|love|prefer|rather)\b"
            + @"|\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+is|\s+was)?\s+(?:just\s+|only\s+|obviously\s+|clearly\s+)?(?:pretending|pretend|pretended|faking|fake|faked|putting\s+(?:it\s+)?on)\s+(?:to\s+(?:be|care|listen|feel|love|like|understand)|(?:it|this|that|being))\b");

        // "You were secretly glad I couldn't come", "he was actually pleased": a hidden feeling stated as fact.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|\s+was|'s|\s+is)\s+(?:secretly|actually|quietly|privately|obviously|clearly)\s+(?:glad|pleased|happy|relieved|thrilled|delighted|jealous|enjoying|loving|hoping|waiting|wishing|looking)\b"
            // "You're loving this, aren't you", "you're enjoying every minute of this".
            + @"|\byou(?:'re|re|\s+are)\s+(?:really\s+|actually\s+|secretly\s+)?(?:loving|enjoying)\s+(?:this|every\s+(?:minute|second)|seeing\s+me|watching\s+me|my)\b");

        // "you wanted the fight", "you wanted this to happen", "you wanted me to fail": a motive as fact.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?<!\b(?:if|maybe|wonder\s+if|think|guess|whether)\s+)(?:you|u|he|she)\s+(?:secretly\s+|always\s+|just\s+|clearly\s+|obviously\s+)?(?:wanted|want|were\s+looking\s+for|went\s+looking\s+for|were\s+itching\s+for)\s+"
            + @"(?:(?:a|the|this|that)\s+(?:fight|argument|row|drama|scene|excuse|way\s+out|break-?up)|(?:this|it|that)\s+to\s+happen|me\s+to\s+(?:fail|suffer|look\s+(?:stupid|bad|like)|feel\s+(?:bad|small|stupid|guilty)|get\s+hurt|be\s+(?:hurt|upset|miserable|jealous)|leave|give\s+up|lose))\b");

        // "You only offered because you knew I'd say no", "he only called so he could…": the real reason, as fact.
        yield return new AccusationRule(AccusationKind.MindReading,
            Compile(@"(?<hit>\b(?:you|u|he|she)\s+(?:only|just)\s+(?:\w+ed|did\s+(?:it|that)|said\s+(?:it|that|sorry)|came|went|called|rang|helped|stayed|agreed|apologised|apologized)(?:\s+\w+){0,4}?\s+(?:because\s+(?:(?:you|he|she)\s+(?:knew|wanted|thought|needed|had\s+to|were|was)|(?:your|his|her)\s+\w+\s+(?:was|were|is|are|asked|told|made|said)|(?:they|people|everyone)\s+(?:were|was|are)\s+(?:watching|looking|there))|so\s+(?:that\s+)?(?:you|he|she)\s+(?:could|would|wouldn't|didn't)|to\s+(?:shut\s+me\s+up|check\s+(?:up\s+)?on\s+me|keep\s+tabs|win|prove\s+a\s+point|make\s+a\s+point|have\s+the\s+last\s+word|look\s+good|get\s+(?:me|out|your|something)|keep\s+me|avoid|make\s+(?:yourself|himself|herself)|save\s+face|score)))(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value));
    }

    // ---- global criticism: their whole character --------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedGlobalCriticism()
    {
        // "There's nothing you wouldn't lie about", "is there anything you don't complain about".
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\bthere(?:'s|s|\s+is|\s+isn't|\s+is\s+not)\s+(?:nothing|anything|not\s+one\s+thing|no\s+one|nobody|anyone)\s+(?:that\s+)?(?:you|u|he|she)\s+(?:wouldn't|won't|don't|can't|didn't|haven't|would\s+not|will\s+not)\b"
            + @"(?!\s+(?:\w+\s+)?(?:fix|do|handle|solve|achieve|manage|make|build|learn|give|share|forgive|understand|try|sort|carry|cope))"
            + @"|\bis\s+there\s+(?:anything|anyone)\s+(?:that\s+)?you\s+(?:don't|won't|can't|haven't|wouldn't)\b(?!\s+(?:\w+\s+)?(?:fix|do|handle|solve|achieve|manage|make|learn|understand))"
            // "You can't be trusted with anything", "he can never be relied on".
            + @"|\b(?:you|u|he|she)\s+(?:can't|cant|cannot|can\s+not|can\s+never|could\s+never)\s+be\s+(?:trusted|relied\s+(?:on|upon)|counted\s+on|depended\s+on|left\s+alone\s+with)\b");

        // "You haven't got a considerate bone in your body" (but "not a mean bone in your body" is praise).
        yield return new AccusationRule(AccusationKind.GlobalCriticism,
            Compile(@"\b(?=a|one|single|an)(?<=(?<before>[^.!?;]{0,40}))(?<hit>(?:a|one|single|an)\s+(?:single\s+)?(?<adj>[a-z-]+)\s+bone\s+in\s+(?:your|his|her)\s+(?:whole\s+)?body)\b"),
            m => !Lex.FaultAdjectives.Contains(m.Groups["adj"].Value) && Lex.Negated.IsMatch(m.Groups["before"].Value));

        // "You treat everybody like they're beneath you", "you're rude to everyone", "you look down on everyone".
        yield return new AccusationRule(AccusationKind.GlobalCriticism,
            Compile(@"(?<hit>\b(?:you|u|he|she)\s+(?:\w+\s+)?(?:treat|treats|talk\s+to|talks\s+to|speak\s+to|speaks\s+to|look\s+down\s+on|looks\s+down\s+on|use|uses)\s+(?:everyone|everybody|anyone|people|all\s+of\s+us|the\s+whole\s+\w+)(?:\s+(?:like|as\s+if|as\s+though))?)(?<rest>[^.!?;]{0,30})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value) && !Regex.IsMatch(m.Groups["rest"].Value, @"^\s*(?:family|friends?|equals|royalty|kings?|queens?|with\s+(?:respect|kindness|care))\b", RegexOptions.IgnoreCase, MatchTimeout));
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b(?:you(?:'re|re|\s+are)|ur|he(?:'s|\s+is)|she(?:'s|\s+is))\s+(?:just\s+|so\s+|always\s+)?(?:rude|horrible|nasty|mean|vile|cruel|awful|dismissive|condescending|patronising|patronizing|cold|unkind|selfish|disrespectful)\s+(?:to|with|about)\s+(?:everyone|everybody|anyone|people|all\s+of\s+us|the\s+whole\s+\w+)\b");
    }

    // ---- comparison: measured against someone else ---------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedComparison()
    {
        // "…, unlike you", "unlike you, my brother…".
        yield return Rule(AccusationKind.Comparison, @"\bunlike\s+(?:you|u|him|her)\b(?!\s+(?:i|me)\b)");

        // "Priya's husband plans surprises for her", "my sister's boyfriend texts her back": someone else's partner
        // doing for their partner what this one does not.
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:[a-z]+'s|my\s+(?:friend|sister|brother|mum|mom|mother|dad|father|best\s+friend|colleague|cousin|neighbour|neighbor)'s|other\s+people's|everyone\s+else's|all\s+my\s+friends')\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|man|missus|other\s+half|husbands|wives|partners|boyfriends|girlfriends)\s+"
            + @"(?:(?:always|never|actually|still|even|at\s+least|would|does|do)\s+)*(?:[a-z]+s|would|does|do)\b[^.!?;]{0,50}?\b(?:her|him|them|his\s+wife|her\s+husband|their\s+\w+)\b");

        // "Your footy comes before me", "his job comes first, ahead of me".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:your|his|her|the)\s+(?:[a-z]+\s+){0,2}?(?:comes?|came|is|are|was|were|gets?|got|matters?|mattered)\s+(?:always\s+|still\s+|clearly\s+)?(?:before|ahead\s+of|above|over)\s+(?:me|us|your\s+(?:own\s+)?(?:wife|husband|partner|family|kids|children))\b");

        // "more time with your mates than with your own wife", "nicer to the waiter than to me", "better than you treat me".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:you|u|he|she)\b[^.!?;]{0,60}?\b(?:more|less|\w+er)\b[^.!?;]{0,40}?\bthan\s+(?:to|with|for|about|at|on|towards|around)\s+(?:me|us|your\s+(?:own\s+)?(?:wife|husband|partner|family|kids|children|girlfriend|boyfriend))\b"
            + @"|\b(?:you|u|he|she)\s+(?:\w+\s+)?(?:give|gives|gave|spend|spends|spent|pay|pays|paid|show|shows|showed|text|texts|call|calls|treat|treats|listen|listens|talk|talks|care|cares|trust|trusts|tell|tells|put|puts|make|makes)\b[^.!?;]{0,50}?\b(?:more|less|\w+er)\b[^.!?;]{0,40}?\bthan\s+(?:me|us|your\s+(?:own\s+)?(?:wife|husband|partner|family|kids|children|girlfriend|boyfriend))\b"
            + @"|\b(?:better|more|nicer|kinder|sweeter|harder|longer|more\s+\w+)\b[^.!?;]{0,40}?\bthan\s+(?:you|u|he|she)\s+(?:ever\s+)?(?!know|think|realise|realize|imagine|can\s+imagine|deserve|expect)(?:do|does|did|treat|treats|have|has|would|will|are|is|were|was|[a-z]+)\b");
    }

    // ---- other people brought in as a jury ----------------------------------------------------------------

    private const string WiderJury =
        @"(?:everyone|everybody|people|they|they\s+all|all\s+of\s+them|(?:the|my|our|your)\s+(?:whole|entire)\s+[a-z]+|every(?:one|body)\s+(?:at|in)\s+(?:the\s+)?[a-z]+"
        + @"|(?:all\s+)?(?:my|our|your|the)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:friends|friend|family|mates|mate|mum|mom|mother|dad|father|sister|brother|parents|girls|lads|guys|colleagues|coworkers|co-workers|workmates|neighbours|neighbors|kids|children|guests|therapist|counsellor|counselor|boss)(?:\s+at\s+[a-z]+)?"
        + @"|even\s+(?:your|my|our)\s+(?:own\s+)?(?:[a-z]+\s+)?[a-z]+)";

    private static IEnumerable<AccusationRule> WidenedOthersOpinion()
    {
        // "Even your best mate took my side", "the whole family noticed how you…", "they were shocked at you".
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b" + WiderJury + @"\s+(?:all\s+|also\s+|even\s+|both\s+)?(?:took\s+my\s+side|sided\s+with\s+me|(?:are|is|was|were)\s+on\s+my\s+side|back(?:s|ed)?\s+me\s+up|agreed\s+with\s+me|agree\s+with\s+me|agrees\s+with\s+me"
            + @"|(?:are|is|was|were|got)\s+(?:so\s+|really\s+|absolutely\s+|totally\s+)?(?:shocked|appalled|horrified|disgusted|stunned|gobsmacked|embarrassed\s+for\s+me)\s+(?:at|by|with)\s+(?:you|him|her|how|what|the\s+way)"
            + @"|noticed\s+(?:how|what|the\s+way|that)\s+(?:you|he|she)|(?:heard|saw|watched|witnessed|could\s+hear)\s+(?:you|him|her)\s+(?:shout|yell|scream|swear|snap|storm|sulk|flirt|stagger|slam|call|mock|belittle|humiliat|ignor|drunk|lose|lost|lying|lie)\w*|(?:saw|could\s+see|can\s+see)\s+(?:how|what|the\s+way)\s+(?:you|he|she)|couldn't\s+believe\s+(?:how|what|the\s+way)\s+(?:you|he|she)|(?:laughed|talk(?:ed|s)?|gossip(?:ed|s)?)\s+(?:at|about)\s+(?:you|him|her|us))\b");

        // "Ask our friends, they'll tell you", "ask my sister".
        yield return Rule(AccusationKind.OthersOpinion,
            @"\bask\s+(?:(?:our|my|your|the)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:friends|family|mates|mum|mom|mother|dad|father|sister|brother|parents|kids|children|neighbours|neighbors|colleagues|therapist|counsellor|counselor))(?=\s*(?:[.!]|$|who\b|and\s+see|,?\s*(?:they|she|he)(?:'ll|ll|\s+will|\s+would|'d)?\s+(?:tell|say|agree|back|confirm|saw|heard|know|knows|noticed|was\s+there|were\s+there)|,?\s*(?:they|she|he)\s+(?:saw|heard|noticed|knows|know)))");
    }

    // ---- sarcastic praise ---------------------------------------------------------------------------------------

    private static IEnumerable<AccusationRule> WidenedSarcasticPraise()
    {
        // "Well done for doing one load of washing", "thanks sooo much for telling me an hour before":
        // praise for a thing made small, late or grudging.
        const string minimised =
            @"(?:one|a\s+single|just\s+(?:one|the)|only|finally|actually|eventually|at\s+last|even|bothering|deigning|managing|remembering|gracing|noticing|showing\s+up|turning\s+up"
            + @"|at\s+all|an?\s+(?:hour|minute|day|week)\s+(?:before|late|after)|(?:five|ten|two)\s+minutes\s+before|the\s+(?:night|day)\s+before|last[-\s]minute|at\s+the\s+last|too\s+late|after\s+the\s+fact)";
        yield return Rule(AccusationKind.SarcasticPraise,
            @"(?<hit>\b(?:(?:wow|oh|gosh)\s*,?\s+)?(?:well\s+done|good\s+job|great\s+job|nice\s+job|nice\s+work|bravo|congrat(?:ulation)?s|thanks?(?:\s+you)?(?:\s+(?:so+|very|a\s+lot|a\s+million|much))*)(?:\s+for\s+|\s*,?\s*(?=\w+ing\b))[^.!?;]{0,60}?\b" + minimised + @"\b)");

        // "Oh brilliant, you locked us out again", "oh amazing, another weekend at your mum's, can't wait".
        yield return Rule(AccusationKind.SarcasticPraise,
            @"(?<hit>\b(?:oh|ooh|wow|oh\s+wow)\s*,?\s+(?:great|brilliant|wonderful|perfect|lovely|fantastic|amazing|marvellous|marvelous|terrific|super|superb|excellent|fab|fabulous|splendid)\b)"
            + @"(?=[^.!?;]{0,60}?(?:\b(?:can't\s+wait|cant\s+wait|genius|my\s+favourite|my\s+favorite|just\s+what\s+i\s+needed|exactly\s+what\s+i\s+wanted|thrilled|so\s+excited|what\s+a\s+treat)\b))"
            // "genius move", "smooth move", "real smooth", "nice one, Einstein".
            + @"|\b(?:genius|smooth|clever|great|brilliant)\s+move\b|\breal\s+smooth\b|\bnice\s+one,?\s+(?:einstein|genius|sherlock)\b"
            // "What a lovely surprise, you actually answered", "what a treat, you came home before midnight".
            + @"|(?<hit>\bwhat\s+an?\s+(?:lovely|nice|pleasant|wonderful|great|rare|welcome)\s+(?:surprise|treat|change|honour|honor|novelty))(?=[^.!?;]{0,60}?\b(?:actually|for\s+once|finally|at\s+last|bothered|remembered|even|deigned)\b)");

        // "Nice of you to join us", "very mature of you", "how big of you": praise of a manner, meant as its opposite.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"(?<hit>\b(?:(?:so|how|very|real|really)\s+)?(?:nice|good|kind|sweet|lovely|generous|gracious|decent|thoughtful)\s+of\s+(?:you|him|her)\s+to\s+(?:finally\s+|eventually\s+|actually\s+)?(?:join|show\s+up|turn\s+up|grace|bother|notice|make\s+an\s+appearance|drop\s+in|come\s+home|finally|eventually|let\s+me\s+know\s+(?:so|at)|wake\s+up))\b"
            + @"|(?<hit>\b(?:very|how|so|real|really|that's\s+(?:very|so|real))\s+(?:mature|grown[-\s]up|adult|classy|big|considerate|helpful|thoughtful|kind|sweet|nice|generous)\s+of\s+(?:you|him|her))(?=\s*(?:,\s*\w+ing\b|[.!]|$|,\s*(?:really|truly)|\s+to\s+\w+))(?<!\b(?:so|how|very|really)\s+(?:kind|sweet|nice|thoughtful|generous|helpful|considerate)\s+of\s+(?:you|him|her)(?=\s+to\s+(?:help|do|come|bring|make|think|offer|remember|cook|call)))");

        // "Such a gentleman, letting the door slam in my face", "what a hero, sleeping through it all".
        yield return Rule(AccusationKind.SarcasticPraise,
            @"(?<hit>\b(?:(?:you(?:'re|re|\s+are)|he(?:'s|\s+is)|she(?:'s|\s+is))\s+)?(?:such\s+a|what\s+a|a\s+real|a\s+true|a\s+proper)\s+(?:gentleman|lady|saint|genius|prince|princess|hero|sweetheart|catch|treasure|romantic|charmer|star|angel|diamond|legend|keeper|team\s+player|role\s+model))(?=\s*,\s*(?:\w+\s+){0,2}?\w+ing\b)");
    }

    // ---- a boundary stated as the person's own decision -----------------------------------------------------

    private static IEnumerable<AccusationRule> OwnDecisions()
    {
        const string iWill = @"\bi(?:'m|m|\s+am)\s+(?:going\s+to|gonna)\s+|\bi(?:'ll|ll|\s+will)\s+|\bi(?:'ve|ve|\s+have)\s+decided\s+to\s+|\bfrom\s+now\s+on,?\s+i(?:'ll|\s+will|'m\s+going\s+to)?\s+";
        const string iWont = @"\bi(?:'m|m|\s+am)\s+not\s+(?:going\s+to|gonna)\s+|\bi\s+(?:won't|wont|will\s+not|refuse\s+to)\s+|\bi(?:'m|m|\s+am)\s+no\s+longer\s+(?:going\s+to\s+)?|\bi(?:'ve|ve|\s+have)\s+decided\s+not\s+to\s+";

        // "I'm not going to lend you money any more", "I won't be coming to your parents' at Christmas",
        // "I'm not covering for you again": a refusal of something done for them or with them.
        yield return new AccusationRule(AccusationKind.Boundary,
            Compile(@"(?<hit>(?:" + iWont + @")(?<verb>(?:be\s+)?[a-z]+(?:ing)?)\b[^.!?;]{0,50}?\b(?:you|your|u|for\s+you|any\s*more|again|from\s+now\s+on|this\s+year|this\s+time|at\s+all|on\s+my\s+own|alone))\b"),
            m => !Regex.IsMatch(m.Groups["verb"].Value, @"^(?:forget|forgetting|let|lie|lying|hurt|hurting|leave|ever|stop|give|giving|doubt|judge|blame|pretend|mind|be\s+late|be\s+long|tell|telling|rush|push|miss|warn|warning)$", RegexOptions.IgnoreCase, MatchTimeout)
                 && !Regex.IsMatch(m.Value, @"\b(?:without\s+you|to\s+you\s+again\s+like\s+that|let\s+you\s+down|hurt\s+you|forget\s+your|forever)\b", RegexOptions.IgnoreCase, MatchTimeout));

        // "I'm going to stop answering calls after 11pm", "from now on I'll stop covering for you".
        yield return Rule(AccusationKind.Boundary,
            @"(?:" + iWill + @")stop\s+(?:answering|picking\s+up|replying|responding|lending|paying|covering|doing\s+(?:your|all\s+the|everything)|cleaning\s+up\s+after|making\s+excuses|checking|waiting|driving\s+you|giving\s+you|texting|calling|ringing|bailing|rescuing|sorting\s+out|apologi[sz]ing\s+for)\b[^.!?;]{0,40}");

        // "I'm going to stay at my sister's for a week", "I'm going to see a lawyer", "I'm sleeping in the spare room".
        yield return Rule(AccusationKind.Boundary,
            @"(?:" + iWill + @")(?:stay|sleep|go\s+and\s+stay|spend\s+(?:a|the|some)\s+(?:few\s+)?(?:night|nights|days|week|weeks|weekend|time))\s+(?:at|with|in)\s+(?:my|a|the|our)\s+[a-z]+(?:'s)?\b[^.!?;]{0,40}"
            + @"|(?<!\b(?:and|or)\s+(?:then\s+)?)(?:" + iWill + @"|\bi(?:'m|m|\s+am)\s+)(?:see|seeing|call|calling|contact|contacting|speak\s+to|speaking\s+to|talk\s+to|talking\s+to|get|getting|book|booking|meet|meeting)\s+(?:a|my|our)\s+(?:lawyer|solicitor|attorney|mediator|divorce\s+lawyer|family\s+lawyer)\b[^.!?;]{0,40}"
            + @"|(?:" + iWill + @"|\bi(?:'m|m|\s+am)\s+)(?:put|putting|set|setting|change|changing|get|getting|open|opening|keep|keeping)\s+(?:a|my|my\s+own)\s+(?:own\s+)?(?:passcode|password|pin|lock|bank\s+account|account|money|phone|diary|space|room|car)\b[^.!?;]{0,40}"
            + @"|(?:" + iWill + @"|\bi(?:'m|m|\s+am)\s+)(?:moving|move|going)\s+(?:in)?to\s+the\s+(?:spare|guest|other|back)\s+(?:room|bedroom)\b[^.!?;]{0,40}"
            + @"|\bi(?:'m|m|\s+am)\s+not\s+(?:sharing|lending|giving|paying|covering|handing\s+over|discussing|doing)\b[^.!?;]{0,40}");
    }

    // Vocabularies of these rules, in their own class so they are ready before the rules are built, whatever the order of the files.
    private static class Lex
    {

        // A clause that complains, on its own words: negation typed any way ("havent", "didnt") or sore words.
        internal static readonly Regex Negated = Compile(
            @"\b(?:not|never|no|nothing|[a-z]+n't|havent|hasnt|hadnt|didnt|dont|doesnt|wont|cant|isnt|arent|wasnt|werent|couldnt|wouldnt|shouldnt)\b");

        // What it costs the person: left with the load, left alone.
        internal static readonly Regex Burden = Compile(
            @"\b(?:(?:left|falls?|fell|dumped)\s+(?:to|on)\s+me|(?:down|up)\s+to\s+me|on\s+my\s+own|by\s+myself|me\s+(?:sitting|waiting|alone|stuck)"
            + @"|(?:it's|its|it\s+is|it\s+was|is|are|was|were)\s+(?:all\s+)?on\s+me(?=\s*(?:[.!?;,]|$|again))|i(?:'m|m|\s+am|'ve\s+been|\s+have\s+been|\s+was|\s+end\s+up)\s+(?:always\s+)?(?:the\s+(?:only\s+)?one|stuck|left|on\s+my\s+own|alone|waiting|doing|cleaning|picking))");

        // Praise that "always"/"never" carries: "you never forget to kiss me", "you always know what to say", "the first to apologise".
        internal static readonly Regex PraiseAfterAlways = Compile(
            @"^\s*(?:(?:so|really|just|still)\s+)?(?:know\s+(?:what|how|when|just|exactly|the\s+right)|(?:the\s+)?first\s+(?:one\s+)?to\s+(?!blame|criticis|criticiz|complain|judge|leave|walk|point|shout|start|say\s+no|give\s+up)"
            + @"|ready\s+to\s+(?:help|listen|forgive)|there\s+(?:for|when)|so\s+(?:patient|kind|good|gentle)|on\s+time|happy\s+to\s+help|willing\s+to)");

        internal static readonly Regex NeverIsPraise = Compile(
            @"^\s*(?:(?:once|really|ever)\s+)?(?:forget\s+to|forgot\s+to|miss\s+(?:a|an|one)|missed\s+(?:a|an|one)|complain(?:ed)?\b(?!\s+about\s+(?:anything|nothing))|hesitate|waver|doubted?\s+me|lose\s+your\s+temper|lost\s+your\s+temper|raise\s+your\s+voice|raised\s+your\s+voice|make\s+me\s+feel\s+(?:bad|small|stupid|silly|guilty)|let\s+(?:me|us|the\s+kids)\s+down|run\s+out\s+of\s+patience)\b");

        internal static readonly Regex NormIsGenerous = Compile(
            @"^\s*(?:have\s+)?(?:(?:be|feel|get|have\s+been|have\s+felt)\s+(?:a\s+(?:bit|little)\s+|so\s+|really\s+|very\s+)?(?:lucky|proud|glad|happy|grateful|scared|upset|hurt|sad|nervous|anxious|worried|overwhelmed|awkward|shy|the\s+same|tired|emotional|shaken|jealous|angry|cross)|find\s+(?:this|it|that)\s+hard|struggle|love|adore|need|want|argue|fight|disagree|have\s+(?:bad|hard|rough)|make\s+mistakes|get\s+(?:tired|cross|upset)|forget)");

        internal static readonly HashSet<string> FondNouns = Set(
            "star", "legend", "angel", "gem", "hero", "sweetheart", "darling", "treasure", "genius", "babe", "love", "saint", "diamond", "rock",
            "beauty", "cutie", "sweetie", "champ", "queen", "king", "wonder", "marvel", "dream", "delight", "sweetpea", "honey", "goof", "dork", "nerd");

        internal static readonly HashSet<string> FaultAdjectives = Set(
            "mean", "cruel", "selfish", "unkind", "nasty", "jealous", "dishonest", "lazy", "violent", "malicious", "racist", "sexist",
            "vindictive", "spiteful", "evil", "bad", "hateful", "petty", "greedy", "judgemental", "judgmental", "vain", "arrogant");
    }
}
