using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// The fifth widening for issue 11, from the misses of the third and fourth independent sets (reported 2026-12-07 at
/// 81.6% / 2.4% and 80.1% / 1.2%, then used as examples). Each rule reads an idea, not a sentence: a claim to know what
/// they think, sealed with "I can tell" or "didn't you"; a motive given as the reason ("because you don't think…");
/// praise with a hollow tag ("a new record", "miracle") or thanks for a hurtful act; help withdrawn for when things go
/// wrong; the person ranked below someone or something else; someone else who manages what they do not; a jury that
/// has commented or told; a verdict on their whole personality or world; a name with words in front of it.
/// </summary>
internal static partial class AccusationRules
{
    // What goes on inside them, said as fact: not caring, not wanting, being bored or over it.
    private const string InnerState =
        @"(?:bored|sick|tired\s+of\s+me|done\s+with\s+me|over\s+(?:me|us|it)|not\s+(?:interested|bothered|listening|sorry|in\s+love)|lying|hiding\s+something|seeing\s+someone|(?:don't|dont|do\s+not|didn't|didnt|never)\s+(?:care|love|want|like|respect|fancy|miss|mean|think)"
        + @"|enjoying\s+(?:this|it)|loving\s+(?:this|it)|jealous|embarrassed\s+(?:of|by)\s+me|ashamed\s+of\s+me|regret)";

    // Thanks or praise words that can be turned to mean their opposite.
    private const string Praise =
        @"(?:great\s+job|nice\s+job|nice\s+work|brilliant|great|amazing|perfect|lovely|fantastic|wonderful|marvellous|marvelous|super|terrific|excellent|fab|fabulous|splendid|nice|so\s+glad|glad|gold\s+star|well\s+done|good\s+job|bravo|congrat(?:ulation)?s|thanks?(?:\s+you)?)";

    // A tag that turns praise hollow whatever it is about: the bare minimum, an eye-roll.
    private const string HollowTag =
        @"(?:the\s+bare\s+minimum|what\s+a\s+surprise|shocker|🙄|🙃)";

    // A tag that turns praise hollow when the sentence is about them or about lateness: the record is for being late,
    // the miracle is an ordinary reply ("Brilliant, a new record for my 5k" is the person's own good news).
    private const string HollowWhenAboutThem =
        @"(?:new\s+record|[.!,]\s*(?:it's\s+a\s+|a\s+|what\s+a\s+)?miracle\b(?!\s+worker)|(?:another|yet\s+another)\s+[a-z]+\s+(?:of|with)\s+(?:you|u|your)\b|\bfor\s+once\b)";

    // Acts that hurt, named after "thanks for": "telling everyone", "embarrassing me", "leaving me to".
    private const string HurtfulActs =
        @"(?:telling\s+(?:everyone|everybody|the\s+whole|all\s+your|people)|sharing\s+my|spreading|embarrassing|humiliating|ignoring|ruining|spoiling|wrecking|forgetting|ditching|abandoning|blanking|leaving\s+me\s+(?:to|with|alone|out|on\s+my\s+own|hanging|waiting)|making\s+me\s+(?:wait|look|feel|late|cry)|letting\s+me\s+down|showing\s+me\s+up|standing\s+me\s+up|lying|interrupting|mocking|nothing|absolutely\s+nothing|not\s+bothering)";

    // Built on first use, so it never depends on the order the partial files are initialised in.
    private static class FifthLex
    {
        internal static readonly Regex AName = Compile(@"\b(?:" + AgentOfHurt + "|" + Alt(Slurs) + @")\b");

        // A fault in what a jury said or saw: "too…", "out of order", a character label.
        internal static readonly Regex Fault = Compile(
            @"\b(?:too\s+\w+|not|never|always|wrong|out\s+of\s+order|the\s+problem|impossible|went\s+too\s+far|treat|drink|cheat|lie|lying|unfair|behav\w*|overreact\w*|need\s+help|abusive|toxic|horrible|awful|terrible|nasty|bad|\w+n't|"
            + @"hard\s+work|a\s+nightmare|difficult|" + Alt(CharacterLabels) + @")\b");
    }

    private static IEnumerable<AccusationRule> FifthRoundRules() =>
    [
        .. FifthMindReading(), .. FifthSarcasticPraise(), .. FifthVeiledThreats(), .. FifthComparison(), .. FifthOthersOpinion(),
        .. FifthOthers(),
    ];

    // ---- mind-reading: the claim to know, sealed ------------------------------------------------------------

    private static IEnumerable<AccusationRule> FifthMindReading()
    {
        // "You're sick of me, I can tell", "you don't love me any more, I just know it": an inner state, then the seal
        // of certainty. A caring guess ("you're tired, I can tell") names no state on the list.
        yield return new AccusationRule(AccusationKind.MindReading,
            Compile(@"(?<hit>\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+is|\s+was)?\s+(?:just\s+|so\s+|really\s+|secretly\s+|totally\s+)?" + InnerState
                + @"\b[^.!?;]{0,50}?,?\s*(?:and\s+)?(?:i\s+(?:can\s+tell|could\s+tell|can\s+see\s+it|(?:just\s+)?know\s+it|just\s+know)|we\s+both\s+know\s+it|you\s+know\s+it|don't\s+deny\s+it|admit\s+it)(?:\s+(?:by|from)\s+[^.!?;]{0,30})?)(?=\s*(?:[.!?,;]|$))"),
            // "u don't love me any more, I can tell": a kind word under a negation is no kindness.
            m => !Kindly.IsMatch(m.Groups["hit"].Value) || Lex.Negated.IsMatch(m.Groups["hit"].Value));

        // "I know exactly what you're thinking", "I can see right through you": the whole inside claimed as known.
        yield return Rule(AccusationKind.MindReading,
            @"\bi\s+(?:just\s+|already\s+)?(?:know|can\s+tell|can\s+see|can\s+read)\s+(?:exactly|precisely|perfectly\s+well|full\s+well)\s+(?:what|how)\s+(?:you|u|he|she)(?:'re|re|\s+are|'s|\s+is|\s+were|\s+was)?\s+(?:thinking|planning|up\s+to|playing\s+at|think\s+of\s+me)\b"
            + @"|\bi\s+(?:just\s+)?know\s+what\s+(?:you|u|he|she)(?:'re|re|\s+are|'s|\s+is)\s+really\s+(?:thinking|up\s+to|after|playing\s+at)\b|\bi\s+know\s+what\s+(?:you|u|he|she)\s+(?:really\s+)?(?:think|thinks)\s+of\s+me\b"
            + @"|\bi\s+can\s+see\s+(?:right\s+)?through\s+(?:you|him|her)\b|\bi\s+know\s+(?:you|u)\s+(?:too|far\s+too)\s+well\b");

        // "You forgot because you don't think I'm important", "you're only sorry because you got caught": a motive,
        // given as the reason.
        yield return new AccusationRule(AccusationKind.MindReading,
            Compile(@"(?<hit>\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+was)?\s+(?:only\s+|just\s+)?[a-z']+(?:\s+[a-z']+){0,3}?\s+because\s+(?:(?:your|his|her)\s+(?:mum|mom|mother|dad|father|family|parents|friends|mates|boss)\s+(?:pushed|made|told|wanted|insisted|pressured|forced)|(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+was)?\s+"
                + @"(?:(?:don't|dont|do\s+not|didn't|didnt|never)\s+(?:think\s+i|care|love\s+me|respect\s+me|value\s+me|rate\s+me|trust\s+me|like\s+me|want\s+(?:me|us|this|to\s+be\s+(?:with|here|around)))|got\s+caught|were\s+caught|feel\s+guilty|felt\s+guilty|(?:want|wanted|need|needed)\s+(?:something|a\s+favou?r|money)|think\s+i(?:'m|m|\s+am)\s+(?:stupid|an?\s+idiot|a\s+pushover|too|not))))\b"),
            m => true);

        // "You only said yes so you could hold it over me": the real reason, as fact, after "said yes/no".
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)\s+only\s+(?:said|agreed|offered|asked|came|helped|apologi[sz]ed|did\s+(?:it|that))\s*(?:[a-z']+\s+){0,3}?(?:so\s+(?:that\s+)?(?:you|u|he|she)\s+(?:could|would|can|can't|wouldn't)|to\s+(?:make|get|look|keep|win|hold|use|score))\b");

        // "Clearly you didn't want this baby", "obviously he never loved me": certainty, then what they do not feel.
        yield return Rule(AccusationKind.MindReading,
            @"(?<=(?:^|[.!?;,]\s*|\band\s+|\bbut\s+))(?:clearly|obviously|evidently|plainly)\s*,?\s+(?:you|u|he|she)\s+(?:(?:don't|dont|do\s+not|didn't|didnt|did\s+not|never|no\s+longer)\s+(?:really\s+)?(?:want|wanted|care|cared|love|loved|like|liked|respect|respected|think|value|mean|meant)|(?:only\s+)?(?:care|cares|cared|think|thinks|thought)\s+(?:about\s+|of\s+)?(?:yourself|himself|herself)|(?:wanted|want)\s+(?:out|this\s+to)|(?:are|were|'re)\s+(?:bored|glad|relieved|over\s+(?:me|us)|not\s+(?:interested|bothered|sorry)))\b");

        // "You think I'm too stupid to notice", "you think I won't find out": a low opinion of the person, read into them.
        // "Do you think I'm too sensitive?" asks; it does not say.
        yield return Rule(AccusationKind.MindReading,
            @"(?<!\b(?:do|did|does|if|whether|maybe|perhaps|sometimes|i|we)\s+)\b(?:you|u|he|she)\s+(?:obviously\s+|clearly\s+|must\s+|probably\s+|honestly\s+|actually\s+|really\s+)?(?:think|thinks|thought|assume|assumed|reckon)\s+(?:that\s+)?i(?:'m|m|\s+am|\s+was)\s+(?:too\s+(?:stupid|thick|dumb|blind|naive|gullible|busy|soft|weak|scared)|(?:so\s+)?(?:stupid|thick|dumb|blind|naive|gullible|an?\s+(?:complete\s+|total\s+|right\s+|absolute\s+)?(?:idiot|fool|mug|pushover|doormat)|your\s+(?:maid|mum|mother|servant|cleaner|slave)))\b"
            + @"|(?<!\b(?:do|did|does|if|whether)\s+)\b(?:you|u|he|she)\s+(?:obviously\s+|clearly\s+|honestly\s+|really\s+)?(?:think|thought|thinks|assume|assumed|figured|reckoned)\s+(?:that\s+)?i\s+(?:won't|wont|wouldn't|don't|dont|didn't|can't|couldn't|will\s+never|would\s+never)\s+(?:notice|see|find\s+out|know|realise|realize|work\s+it\s+out|check|remember|mind)\b");

        // "You wanted me to find out, didn't you", "you meant to hurt me, didn't you": a motive pressed with a tag.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u)\s+(?:(?:wanted|planned|intended)\s+(?:me|us|this|it|that|everyone|her|him|them)\s+to|meant\s+(?:to|it)|planned\s+(?:it|this|that)|were\s+trying\s+to)\b[^.!?;,]{0,50},\s*(?:didn't|didnt|did\s+not|weren't|werent)\s+(?:you|u)\b");

        // "You're just going through the motions", "you're only saying what I want to hear": a show, not the real thing.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+is|\s+was)\s+(?:just\s+|only\s+|simply\s+)(?:going\s+through\s+the\s+motions|saying\s+(?:what\s+i\s+want\s+to\s+hear|it\s+to|that\s+to|sorry\s+to)|telling\s+me\s+what\s+i\s+want\s+to\s+hear|playing\s+along|humouring\s+me|humoring\s+me|ticking\s+a\s+box|putting\s+on\s+a\s+show|acting)\b"
            + @"|\b(?:you|u|he|she)\s+(?:don't|dont|doesn't|do\s+not|does\s+not)\s+even\s+(?:want\s+(?:to\s+(?:fix|try|be|talk|see|make|work|save|change|listen)|me|us|this|it)|care|love\s+me|like\s+me|mean\s+it)\b");

        // "You were glad when I failed", "you're ashamed of me": a hidden feeling about the person, stated as fact.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+is|\s+was)\s+(?:so\s+|secretly\s+|actually\s+|really\s+|just\s+|obviously\s+|clearly\s+)?(?:glad|relieved|pleased|happy|thrilled|delighted)\s+(?:when|that)\s+i\s+(?:failed|lost|left|cried|fell|struggled|missed|couldn't|didn't|wasn't|got\s+(?:hurt|ill|sick|dumped|fired|sacked|rejected|laid\s+off)|was\s+(?:upset|ill|sick|hurt|sad|alone|struggling))\b"
            + @"|\b(?:you|u|he|she)(?:'re|re|\s+are|\s+were|'s|\s+is|\s+was)\s+(?:so\s+|secretly\s+|actually\s+|really\s+|just\s+|obviously\s+|clearly\s+)?(?:ashamed|embarrassed)\s+(?:of\s+(?:me|us)|by\s+me|to\s+be\s+seen\s+with\s+me)\b"
            // "you'd be happier without me", "admit it, you wanted me gone".
            + @"|\b(?:you|u|he|she)(?:'d|d|\s+would)\s+(?:be\s+)?(?:happier|better\s+off|relieved|glad)\s+(?:if\s+i\s+(?:wasn't|weren't|was\s+gone|left|disappeared|died)|without\s+me)\b"
            + @"|\b(?:you|u|he|she)\s+(?:secretly\s+|always\s+|just\s+)?(?:wanted|want)\s+me\s+(?:gone|out|dead|out\s+of\s+the\s+way)\b");

        // "You said sorry but you didn't mean a word of it": their sincerity denied. "I know you didn't mean it" forgives.
        yield return Rule(AccusationKind.MindReading,
            @"(?<!\b(?:know|sure|hope|think|maybe|if|believe|guess|perhaps)\s+(?:that\s+)?)\b(?:you|u|he|she)\s+(?:didn't|didnt|did\s+not|don't|dont|do\s+not|never)\s+(?:really\s+|actually\s+)?mean\s+(?:a\s+(?:single\s+)?word\s+of\s+(?:it|that|what)|any\s+of\s+it)\b");
    }

    // ---- sarcastic praise: praise turned hollow ---------------------------------------------------------------

    private static IEnumerable<AccusationRule> FifthSarcasticPraise()
    {
        // "Brilliant, another Saturday of you asleep", "oh great, only three hours late, a new record", "amazing, u
        // actually replied. miracle": a word of praise opening a sentence that a hollow tag closes.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(@"\b(?<=(?:^|[.!?;:]\s*|\n)(?:(?:oh|wow|well|ooh|ah)\s*,?\s*)?)(?<hit>" + Praise + @")\b(?=\s*(?:,|!|\.|\s+(?:for|on|to|that|u|you|your|another|only)\b))(?=(?<after>[^\n]{0,90}))"),
            m =>
            {
                var after = m.Groups["after"].Value;
                return Regex.IsMatch(after, @"^[^.!?\n]{0,80}?" + HollowTag, RegexOptions.IgnoreCase, MatchTimeout)
                    || (Regex.IsMatch(after, @"^[^\n]{0,80}?" + HollowWhenAboutThem, RegexOptions.IgnoreCase, MatchTimeout)
                        && Regex.IsMatch(after, @"\b(?:you|u|your|ur|he|she|his|him|late|hours?|minutes?)\b", RegexOptions.IgnoreCase, MatchTimeout)
                        && !Regex.IsMatch(after, @"\bi\s+(?:finally|actually)\b", RegexOptions.IgnoreCase, MatchTimeout));
            });

        // "Thanks so much for telling everyone my business", "congrats on ignoring me all night": thanks for a hurt.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"(?<hit>\b(?:thanks?(?:\s+you)?(?:\s+(?:so+|very|ever|a\s+lot|a\s+million|much|heaps|loads))*|cheers|well\s+done|good\s+job|great\s+job|nice\s+job|nice\s+work|congrat(?:ulation)?s|bravo|gold\s+star)\s+(?:for|on)\s+(?:(?:once\s+again|yet\s+again|again|completely|totally|always)\s+)?" + HurtfulActs + @")\b");

        // "Oh look who finally remembered he has a family", "look who decided to turn up": an arrival greeted as late.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\blook\s+who(?:'s|s|\s+is|\s+has)?\s+(?:finally|actually|suddenly|eventually|decided|bothered|remembered|deigned|graced|managed|found\s+time)\b");

        // "Nice to know where I rank", "good to see how much I matter": pleasure taken in the person's low place.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?:nice|good|great|lovely|glad|so\s+glad)\s+to\s+(?:know|see|hear|find\s+out)\s+(?:where\s+i\s+(?:rank|come|fit|fall|sit)|how\s+(?:much|little)\s+i\s+(?:matter|count|mean)|what\s+i(?:'m|\s+am)\s+worth\s+to|i(?:'m|\s+am)\s+(?:so\s+)?(?:important|a\s+priority|top\s+of\s+the\s+list)|where\s+your\s+priorities)\b");

        // "Gold star for you, you called back", "have a medal": a prize handed out for the ordinary.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?:gold\s+star|a\s+medal|a\s+trophy|a\s+round\s+of\s+applause|a\s+prize|a\s+pat\s+on\s+the\s+back)\s+for\s+(?:you|u)\b|\b(?:have|here's|heres)\s+a\s+(?:medal|gold\s+star|trophy|cookie|biscuit)\b"
            + @"|\b(?:give|get)\s+(?:this|that|the)\s+(?:man|woman|guy|girl|boy|lad)\s+a\s+(?:medal|gold\s+star|trophy|prize|round\s+of\s+applause)\b");

        // "Way to go, you've upset my mum again", "great, you forgot the bins again": praise that opens a sore act.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            // After "oh" the older contempt cue ("oh great") already reads it.
            Compile(@"\b(?<=(?:^|[.!?;:]\s*|\n))(?<hit>way\s+to\s+go|" + Praise + @")\s*[,!.]\s*(?=(?<after>[^.!?\n]{0,80}))"),
            m => Regex.IsMatch(m.Groups["after"].Value, @"^(?:\w+\s+){0,3}?(?:you|u)(?:'ve|ve|\s+have)?\s+(?:just\s+|only\s+|gone\s+and\s+)?(?:forgot|forgotten|upset|ruined|broke|broken|wrecked|spoilt|spoiled|ignored|burnt|burned|lost)\b|\b(?:forgot|forgotten|upset|ruined|broke|wrecked|spoilt|spoiled|ignored|lost|missed|left)\b[^.!?\n]{0,40}\bagain\b|^another\s+[a-z]+\s+(?:you|u)\s+(?:forgot|didn't|never|ignored|missed|lost)|\bagain\s+without\s+(?:asking|telling\s+me|checking|a\s+word)", RegexOptions.IgnoreCase, MatchTimeout)
                 && !Regex.IsMatch(m.Groups["after"].Value, @"\b(?:didn't|did\s+not|never|not)\s+(?:forget|lose|miss|break|upset)", RegexOptions.IgnoreCase, MatchTimeout));

        // "Aren't you just the perfect husband", "you're a real team player, aren't you": praise of who they are, tagged.
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\baren't\s+(?:you|u)\s+(?:just\s+)?(?:the\s+perfect|a\s+(?:real|proper)|quite\s+the|such\s+a)\s+[a-z]+"
            + @"|\b(?:you(?:'re|re|\s+are)|ur)\s+(?:a\s+real|a\s+proper|quite\s+the|just\s+the\s+perfect|the\s+perfect)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*,\s*(?:aren't|arent)\s+(?:you|u)\b");

        // "I'm so lucky to have a partner who ignores me all evening": gratitude for a partner described by a hurt.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(@"(?<hit>\b(?:so\s+|really\s+)?(?:lucky|blessed|fortunate)\s+to\s+have\s+(?:a|such\s+a|an)\s+(?:[a-z]+\s+){0,2}?(?:partner|husband|wife|boyfriend|girlfriend|man|woman|fianc[eé]e?)\s+who\s+(?<act>[^.!?;]{0,50}))"),
            m => Sore.IsMatch(m.Groups["act"].Value) && !Kindly.IsMatch(m.Groups["act"].Value));
    }

    // ---- veiled threats: help withdrawn, a change promised ----------------------------------------------------

    private static IEnumerable<AccusationRule> FifthVeiledThreats()
    {
        // "Don't come crying to me when it goes wrong", "don't expect me to pick up the pieces", "don't expect things to
        // be the same when you get back": the person's help or welcome withdrawn, for later.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\bdon'?t\s+come\s+(?:crying|running|back\s+crying)\s+to\s+me\b"
            + @"|\bdon'?t\s+(?:expect\s+me\s+to\s+(?:be\s+(?:there|here|waiting|around)|pick\s+up\s+the\s+pieces|help|bail|rescue|sort|clean\s+up|forgive|take\s+you\s+back)|expect\s+(?:everything|things|anything|it|us|me|this\s+house)\s+to\s+(?:be|stay|look)\s+(?:the\s+same|normal|how|like|as\s+it))\b(?=[^.!?;]{0,40}\b(?:when|if|once|after)\b)");

        // "Things will change around here if you go", "let's just say things will be different": a change left unnamed.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\b(?:things|stuff|life|it|everything)\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to|might|may|would|could)\s+(?:have\s+to\s+)?(?:change|be\s+(?:very\s+)?different|look\s+(?:very\s+)?different)\s+(?:around\s+here\s+|for\s+you\s+|between\s+us\s+)?(?:if|when|once|the\s+(?:minute|moment|day))\s+(?:you|u)\b"
            + @"|\blet's\s+just\s+say\s+(?=(?:things|you|it|life|that)\b[^.!?;]{0,40}\b(?:will|won't|'ll|gonna|going\s+to|would)\b)");

        // "One of these days you'll push me too far", "you're going to be sorry, just you wait".
        yield return Rule(AccusationKind.VeiledThreat,
            @"\b(?:one\s+of\s+these\s+days|one\s+day|someday|sooner\s+or\s+later|keep\s+(?:this|it|that)\s+up\s+and),?\s+(?:you(?:'ll|ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)|i(?:'ll|ll|\s+will|'m\s+going\s+to))\s+(?:push\s+me\s+too\s+far|go\s+too\s+far|snap|wish\s+you|lose\s+(?:it|me|everything)|regret|be\s+sorry|pay)\b"
            + @"|\byou(?:'ll|ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna)\s+push\s+me\s+too\s+far\b"
            // "…sorry, just wait": a consequence promised, then held over them.
            + @"|(?<=\b(?:sorry|regret\w*|pay)\b[^.!?;]{0,20})[,;]\s*(?:just\s+)?(?:you\s+)?wait(?:\s+and\s+see)?(?=\s*(?:[.!]|$))");

        // "You'll pay for this, I swear", "you're going to be sorry": harm promised, without saying what.
        yield return Rule(AccusationKind.Threat,
            @"\byou(?:'ll|ll|\s+will|'re\s+going\s+to|re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+are\s+gonna)\s+(?:pay\s+(?:for\s+(?:this|that|what\s+you)|dearly)|be\s+sorry)\b");

        // "Remember what happened last time you crossed me", "you know what happens when you lie to me": a consequence
        // pointed at, not said.
        yield return Rule(AccusationKind.VeiledThreat,
            @"\b(?:remember|you\s+know|you\s+saw|don't\s+forget|do\s+you\s+remember)\s+what\s+(?:happened|happens)\s+(?:the\s+last\s+time|last\s+time|when|if|every\s+time)\s+(?:you|u)\b"
            // "Don't make me do something we'll both regret".
            + @"|\bdon'?t\s+make\s+me\s+(?:do|say)\s+something\b|\bsomething\s+(?:you'll|you\s+will|we'll|we\s+will)\s+(?:both\s+)?regret\b"
            // "I'd hate for anything to happen to your car", "it'd be a shame if your boss found out": concern that warns.
            + @"|\b(?:i'd|i\s+would)\s+hate\s+for\s+(?:anything|something)\s+to\s+happen\s+to\s+(?:your|his|her)\s+\w+"
            + @"|\b(?:it(?:'d|\s+would)|that(?:'d|\s+would))\s+be\s+(?:a\s+(?:real\s+)?(?:shame|pity)|awful|terrible)\s+if\s+(?:your|you|everyone|people|someone|anyone|they)\b[^.!?;]{0,30}?\b(?:found\s+out|saw|heard|knew|learned|learnt|got\s+hold\s+of|happened\s+to)\b");
    }

    // ---- comparison: ranked below, outdone ---------------------------------------------------------------------

    private static IEnumerable<AccusationRule> FifthComparison()
    {
        // "I come somewhere after the dog", "I get whatever's left", "work gets the best of you": the person ranked low.
        yield return Rule(AccusationKind.Comparison,
            @"\bi\s+(?:always\s+|just\s+|only\s+)?(?:come|came|rank|ranked)\s+(?:somewhere\s+|a\s+(?:distant\s+|poor\s+)?)?(?:(?:second|third|last|bottom|nowhere)\s+(?:to|after|behind|below|in\s+your|on\s+your|with\s+you|for\s+you)|(?:after|behind|below|beneath)\s+(?:the|your|his|her|everything|everyone|anything|work)|down\s+your\s+list)\b"
            + @"|\bi(?:\s+just|\s+only)?(?:\s+get|\s+got|\s+am\s+left\s+with|'m\s+left\s+with|m\s+left\s+with)\s+(?:whatever(?:'s|s|\s+is)\s+left(?:\s+over)?|what(?:'s|s|\s+is)\s+left(?:\s+over)?|the\s+(?:leftovers|scraps|crumbs|dregs))\b"
            + @"|\b(?:gets|got)\s+the\s+best\s+of\s+(?:you|u|him|her)\b(?=[^.!?;]{0,40}\b(?:i|me)\b)"
            + @"|\b(?:phone|work|job|mates|friends|game|telly|tv|laptop|computer|football|xbox|playstation|mum|mom|sister|brother|ex|boss)\s+(?:gets|got|has|had)\s+(?:your|his|her)\s+(?:full|undivided|whole|complete)\s+attention\b");

        // "Your brother manages to remember his wife's birthday", "my dad still made time for my mum": someone else
        // who manages for their partner what this one does not.
        yield return Rule(AccusationKind.Comparison,
            @"\b" + SomeoneElse + @"\s+(?:always\s+|still\s+|somehow\s+|even\s+)?(?:manages?|managed|bothers?|bothered|remembers?|remembered|never\s+forgets?|makes?\s+(?:the\s+)?time|made\s+(?:the\s+)?time|finds?\s+(?:the\s+)?time|found\s+(?:the\s+)?time|takes?\s+(?:the\s+)?time)\b[^.!?;]{0,40}?\b(?:his|her|their)\s+(?:own\s+)?(?:wife|husband|partner|girlfriend|boyfriend|missus|family|kids)\b");

        // "Sam's boyfriend plans proper dates, you plan nothing", "your sister's husband cooked and you can't even
        // book a table": someone else's doing, then theirs made small.
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:" + SomeoneElse + @"|[a-z]+'s\s+(?:husband|wife|partner|boyfriend|girlfriend|man|fianc[eé]e?))\b[^.!?;]{3,80}?(?:,|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)\s+(?:you|u)\s+(?:(?:can't|cant|couldn't|don't|dont|won't|didn't)\s+even|barely|hardly|[a-z]+\s+nothing)\b");

        // "My dad worked two jobs and still came home for dinner", "Priya's husband cooks every night, just saying":
        // someone else held up, the point left for them to take.
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:" + SomeoneElse + @"|[a-z]+'s\s+(?:husband|wife|partner|boyfriend|girlfriend|man|fianc[eé]e?))\s+(?:[a-z']+\s+){1,8}?(?:and|but|yet)\s+(?:(?:he|she|they)\s+)?still\s+(?:came|comes|found|finds|made|makes|managed|manages|had|has|got|gets|cooked|cooks|helped|helps|called|calls)\b"
            + @"|\b(?:" + SomeoneElse + @"|[a-z]+'s\s+(?:husband|wife|partner|boyfriend|girlfriend|man|fianc[eé]e?))\s+[^.!?;]{3,80}?,\s*(?:i'm\s+|im\s+|i\s+am\s+)?just\s+saying\b");

        // "Even the dog gets a warmer welcome", "even your phone gets more attention": the least thing, ranked higher.
        yield return Rule(AccusationKind.Comparison,
            @"\beven\s+(?:the|your|my|our)\s+(?:[a-z]+\s+)?(?:dog|cat|phone|telly|tv|car|plants?|neighbours?|neighbors?|postman|kids|mates|game|laptop|computer)\s+(?:gets?|got|has|had|receives?)\s+(?:a\s+|more\s+)?(?:better|more|warmer|nicer|bigger|kinder|longer|attention|affection|hello|welcome|kiss|hug)\b");

        // "You were so much more fun before we moved in", "you used to be kinder when we met": a past self held up.
        yield return Rule(AccusationKind.Comparison,
            // "You were so much calmer before the new job" is worry for them: their wellbeing then, not their company.
            @"\b(?:you|u)(?:\s+were|\s+used\s+to\s+be)\s+(?:so\s+|a\s+lot\s+|way\s+|much\s+)*(?:more\s+(?!(?:relaxed|rested|settled|confident)\b)[a-z]+|(?!(?:sober|never|together|older|younger|over|under|after|ever|either|other|happier|calmer|healthier|lighter|fitter|brighter)\b)[a-z]+er)\s+(?:before\s+(?:we|i|the\s+(?:wedding|kids|baby)|marriage)|when\s+we\s+(?:first\s+)?(?:met|started|got\s+together|were\s+dating|moved)|back\s+(?:then|when)|at\s+the\s+start)\b"
            + @"|\b(?:you(?:'re|re|\s+are)|ur)\s+not\s+the\s+(?:man|woman|person|guy|girl)\s+(?:i\s+(?:married|fell\s+for|met)|you\s+used\s+to\s+be)\b");

        // "At least my last boyfriend listened", "I wish you were more like my dad", "my friends' husbands all cook":
        // someone else held up as the better example.
        yield return Rule(AccusationKind.Comparison,
            @"\bat\s+least\s+(?:" + SomeoneElse + @"|my\s+ex|your\s+ex|(?:my|your)\s+(?:last|first|old)\s+\w+)\s+(?!(?:is|was|has|had)\b)[a-z]+"
            + @"|\b(?:wish|if\s+only)\s+(?:you|u)\s+(?:were|was|could\s+be|would\s+be|acted|behaved)\s+(?:a\s+(?:bit|little|lot)\s+)?more\s+like\b"
            + @"|\b(?:be|were|was|act|acting|behave)\s+(?:a\s+(?:bit|little|lot)\s+)?more\s+like\s+(?:your|my|him|her|[a-z]+'s)\b"
            + @"|\b(?:my|your|our)\s+(?:friends|sisters|mates|colleagues|cousins|brothers)'\s+(?:husbands|wives|partners|boyfriends|girlfriends)\s+(?:all|always|actually|still|even|at\s+least)\b"
            + @"|\b(?:" + SomeoneElse + @"|other\s+\w+)\s+[^.!?;]{3,60}?\bwithout\s+being\s+(?:asked|told|reminded|nagged)\b");
    }

    // ---- other people brought in: they have commented, they have told ----------------------------------------

    private static IEnumerable<AccusationRule> FifthOthersOpinion()
    {
        // "Even the neighbours have commented on the shouting", "my friends have noticed how you talk to me".
        // "Even the neighbours commented on how lovely the garden is" passes on praise.
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b(?:even\s+(?:the|your|my|our)\s+(?:own\s+)?(?:[a-z]+\s+)?[a-z]+|" + WiderJury + @")\s+(?:have|has|had|'ve)?\s*(?:all\s+|even\s+)?(?:commented|remarked|said\s+something|mentioned\s+(?:it|how|the)|complained|picked\s+up)\s+(?:on|about|how|the|that|it)\b)(?=(?<rest>[^.!?;]{0,60}))"),
            m => Regex.IsMatch(m.Groups["rest"].Value, @"\b(?:you|your|shouting|yelling|rows?|fights?|arguing|drinking|the\s+way|how)\b", RegexOptions.IgnoreCase, MatchTimeout)
                 && !Kindly.IsMatch(m.Groups["rest"].Value));

        // "Your friends have told me they think you drink too much", "my sister says you were out of order".
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b" + WiderJury + @"\s+(?:have\s+|has\s+|all\s+|always\s+|has\s+always\s+|also\s+)?(?:(?:basically|literally|practically|pretty\s+much|more\s+or\s+less|openly|actually)\s+)?(?:told\s+me|said|say|says|think|thinks|thought|reckon|reckons|agree|agrees|agreed|feel|feels)(?:\s+(?:that\s+)?(?:they|she|he)\s+(?:think|thinks|thought|reckon|feel|feels))?)(?=\s+(?:that\s+)?(?:you|u)(?:'re|re|\s+are|\s+were|'ve|\s+have)?\s+(?<rest>[^.!?;]{0,50}))"),
            // "My mum says you're welcome on Sunday" passes on a message; the jury gives a verdict.
            m => FifthLex.Fault.IsMatch(m.Groups["rest"].Value)
                 && !Kindly.IsMatch(m.Groups["rest"].Value)
                 && !Regex.IsMatch(m.Groups["hit"].Value, @"^(?:they|people)\s+say", RegexOptions.IgnoreCase, MatchTimeout));

        // "I showed my sister the messages and she was shocked at you": a pronoun for the jury, shocked at them.
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b(?:she|he|they)\s+(?:was|were|is|are)\s+(?:so\s+|really\s+|absolutely\s+|totally\s+|just\s+)?(?:shocked|appalled|horrified|disgusted|stunned|gobsmacked|furious)\s+(?:at|by|with)\s+(?:you|u|what\s+you|how\s+you|the\s+way\s+you)\b");

        // "Nobody likes how you talk to me", "none of my friends trust you": the jury's verdict, as a whole.
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b(?:nobody|no\s*one|none\s+of\s+(?:my|our|your|the)\s+[a-z]+)\s+(?:likes|like|approves?\s+of|can\s+stand|trusts?|agrees\s+with|wants\s+to\s+be\s+around)\s+(?:how\s+|the\s+way\s+|what\s+)?(?:you|u)\b");

        // "My whole family has noticed how cold you are".
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b" + WiderJury + @"\s+(?:have\s+|has\s+|had\s+|'ve\s+)?(?:all\s+|also\s+|even\s+)?noticed\s+(?:how|the\s+way|that)\b)(?=(?<rest>[^.!?;]{0,50}))"),
            m => FifthLex.Fault.IsMatch(m.Groups["rest"].Value) && !Kindly.IsMatch(m.Groups["rest"].Value));
    }

    // ---- the rest: names with words in front, verdicts on a whole self, norms of sanity, stale words ---------------

    private static IEnumerable<AccusationRule> FifthOthers()
    {
        // "You're a textbook narcissist", "ur a lazy slob": a name for what they do wrong, with words in front of it.
        // ("You're such a…" frames are the older rules' to sort between a label and a name.)
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?=you|ur|u)" + NotSayingThat + YouAreCasual + @"\s+(?:just\s+)?(?:an?\s+)(?:[a-z-]+\s+){0,2}?(?:" + AgentOfHurt + "|" + Alt(Slurs) + @"|waste\s+of\s+(?:time|space|oxygen|skin)|piece\s+of\s+work)\b(?!\s+(?:of|at|in|on|for|with)\b)");

        // "Listen to me, you spoilt princess", "you selfish pig": "you", a fault, then a name, ending the clause.
        yield return new AccusationRule(AccusationKind.NameCalling,
            Compile(@"(?<!\b(?:thank|told|tell|give|gave|show|showed|love|miss|see|saw|call|send|sent|bring|brought|make|made|want|need|ask|asked|for|to|with|at)\s+)(?<hit>\b(?:you|u)\s+(?:spoilt|spoiled|selfish|lazy|ungrateful|arrogant|lying|cheating|heartless|spineless|two-faced|entitled|pathetic|useless|miserable|nasty|vile|cruel|stupid|stuck-up)\s+(?:little\s+|old\s+)?(?<word>[a-z][a-z'-]*))(?=\s*(?:[.!?,;]|$))"),
            m => !Lex.FondNouns.Contains(m.Groups["word"].Value) && !PlainFeelings.Contains(m.Groups["word"].Value));

        // "Gaslighter. That's what you are.": a name, then "that's what you are" pinning it on them.
        yield return new AccusationRule(AccusationKind.NameCalling,
            Compile(@"(?<=(?<before>[^\n]{0,60}))(?<hit>\b(?:that's|thats|that\s+is)\s+(?:(?:exactly\s+|just\s+)?(?:what|who)|all)\s+(?:you|u)\s+(?:are|were|r))(?=\s*(?:[.!]|$))"),
            m => FifthLex.AName.IsMatch(m.Groups["before"].Value));

        // "Your whole personality is built around getting your way", "the world revolves around you": a verdict on a whole self.
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\byour\s+(?:whole|entire)\s+(?:personality|character|identity|attitude|being|self|life|world|existence)\s+(?:is|was|has\s+been)\s+(?:built|based|centred|centered|organised|organized)\s+(?:a)?round\b"
            + @"|\b(?:the\s+(?:whole\s+)?world|everything|the\s+universe|the\s+whole\s+house)\s+(?:revolves|has\s+to\s+revolve|should\s+revolve|must\s+revolve|turns|spins)\s+(?:a)?round\s+(?:you|u|him|her|yourself)\b");

        // "You take responsibility for nothing", "he cares about no one": an act counted as none, ending the clause.
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b(?:you|u|he|she)\s+(?:take|takes|took|accept|accepts|show|shows|give|gives|contribute|contributes|do|does|did|offer|offers|appreciate|appreciates|respect|respects|value|values|care|cares|finish|finishes|remember|remembers|learn|learns)\s+(?:(?:responsibility|interest|effort|credit|thought|care)\s+)?(?:for|about|in|to|from)?\s*(?:nothing|no\s*one|nobody)(?:\s+(?:at\s+all|ever|but\s+(?:yourself|himself|herself)))?(?=\s*(?:[.!?;]|$))"
            // "You don't know the first thing about commitment".
            + @"|\b(?:you|u|he|she)\s+(?:don't|dont|doesn't|do\s+not|does\s+not|wouldn't)\s+know\s+the\s+(?:first|meaning)\s+(?:thing\s+)?(?:about|of)\b");

        // "No one in their right mind would…", "what kind of husband forgets…": sanity or a kind of person as the norm.
        yield return Rule(AccusationKind.AnyoneWould,
            @"\b(?:no\s*one|nobody|anyone|anybody|who|any\s+(?:man|woman|person|partner|husband|wife|parent))\s+in\s+(?:their|his|her|your)\s+right\s+mind\b"
            + @"|\bwhat\s+(?:kind|sort)\s+of\s+(?:a\s+)?(?:person|man|woman|husband|wife|partner|boyfriend|girlfriend|father|mother|dad|mum|mom|parent|friend)\s+(?:(?:would|does|do|could|can|did|should)(?!\s+(?:you|u|i|we)\b)|[a-z]+s)\b");

        // "Yeah yeah, heard it all before", "here we go with the sob story": their words waved off as stale.
        yield return Rule(AccusationKind.Contempt,
            @"\b(?:yeah\s*,?\s*yeah|heard\s+it\s+all\s+before|(?<=(?:^|[.!?;,]\s*))heard\s+it\s+before|here\s+we\s+go\s+(?:again\s+)?with\s+the\s+[a-z]+|boo[-\s]?hoo|cry\s+me\s+a\s+river|spare\s+me\s+the\s+[a-z]+|(?:the|your|another)\s+sob\s+story)\b"
            // "go cry to your mum": sent off to be comforted elsewhere.
            + @"|\bgo\s+(?:and\s+)?(?:cry|crying|run|running|whine|moan|complain)\s+(?:back\s+)?to\s+(?:your|ur)\s+(?:mum|mummy|mom|mommy|mother|dad|daddy|mates|friends|sister)\b"
            // "As if I'm going to believe that": their words doubted out loud.
            + @"|(?<=(?:^|[.!?;,]\s*)(?:(?:oh|yeah|ha)\s*,?\s*)?)as\s+if\s+i(?:'m|m|\s+am|'d|d|\s+would)\s+(?:going\s+to\s+|gonna\s+|ever\s+)?(?:believe|fall\s+for|buy|trust)\b");

        // "You've been putting your mates first for years", "…, it's nothing new": a habit counted in years.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"(?<hit>\b(?:you|u)(?:'ve|ve|\s+have)\s+been\s+[a-z]+ing\b[^.!?;]{0,50}?\bfor\s+(?:years|months|ages|as\s+long\s+as\s+i\s+can\s+remember)(?:\s+now)?)\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["hit"].Value + m.Groups["rest"].Value)
                 && !Regex.IsMatch(m.Groups["hit"].Value, @"\b(?:working|trying|studying|saving|caring|training|supporting|helping|looking\s+after|practi[sc]ing|improving|sober|clean)\b", RegexOptions.IgnoreCase, MatchTimeout));

        // "As usual I'm the one who sorted the bins": the load, counted as usual.
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"(?<hit>\b(?:as\s+(?:usual|always|ever)|yet\s+again|once\s+again|like\s+always))\b(?=(?<after>[^.!?;]{0,80}))"),
            m => Lex.Burden.IsMatch(m.Groups["after"].Value) && !Kindly.IsMatch(m.Groups["after"].Value));

        // "You drive me mad when…", "you wind me up": the partner as the cause of the state.
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\b(?:you|u)(?:'re|re|\s+are)?\s+(?:really\s+|just\s+|always\s+|honestly\s+)?(?:drive|drove|driving|send|sent)\s+me\s+(?:absolutely\s+|completely\s+|totally\s+|so\s+|literally\s+)?(?<emotion>mad|crazy|insane|nuts|round\s+the\s+bend|up\s+the\s+wall|to\s+(?:tears|despair|drink|distraction)))\b"),
            m => true,
            m => m.Groups["emotion"].Value.StartsWith("to", StringComparison.OrdinalIgnoreCase) ? ["hurt", "sad"] : ["frustrated", "overwhelmed"]);

        // Boundaries said as decisions: "I want to end the relationship", "I'm ending our marriage", "I'll end the call".
        yield return Rule(AccusationKind.Boundary,
            @"\bi(?:\s+want|\s+need|\s+have\s+decided|'ve\s+decided|\s+am\s+going|'m\s+going)\s+to\s+end\s+(?:the|this|our)\s+(?:relationship|marriage|engagement)\b"
            + @"|\bi(?:'m|m|\s+am)\s+ending\s+(?:the|this|our)\s+(?:relationship|marriage|engagement)\b"
            + @"|\bi(?:'ll|ll|\s+will)\s+end\s+the\s+(?:call|conversation)\b"
            + @"|\bi(?:'ll|ll|\s+will)\s+be\s+(?:sleeping|staying)\s+(?:in|at)\s+(?:the|my|a)\s+[a-z]+(?:'s)?\b[^.!?;]{0,40}"
            + @"|\bi(?:'m|m|\s+am)\s+not\s+willing\s+to\b(?!\s+(?:give\s+up|lose|let\s+(?:you|us|this|go)|walk\s+away\s+from\s+(?:you|us)))[^.!?;]{0,50}"
            + @"|\bi(?:'m|m|\s+am|'ll|ll|\s+will)\s+(?:going\s+to\s+)?(?:go|going|see|seeing|visit|visiting)\b[^.!?;]{0,40}?\b(?:whether\s+or\s+not|with\s+or\s+without)\s+(?:you|u)\b[^.!?;]{0,20}");

        // "Who forgets their own child's birthday?": a question that answers itself about a kind of person.
        yield return Rule(AccusationKind.AnyoneWould,
            @"\bwho\s+(?:on\s+earth\s+|in\s+their\s+right\s+mind\s+|else\s+)?(?:forgets|forgot|leaves|left|misses|missed|ignores|ignored|abandons|treats|talks\s+to|speaks\s+to|lies\s+to|cheats\s+on|walks\s+out\s+on|puts\s+\w+\s+before)\s+(?:their|his|her)\s+own\b");

        // "Stop acting like a spoilt teenager": their behaviour given a label for who they are.
        yield return Rule(AccusationKind.YoureSo,
            @"\b(?:acting|behaving|act|behave|carrying\s+on|sulking)\s+like\s+(?:a|an|such\s+a|some)\s+(?:(?:spoilt|spoiled|sulky|stroppy|petulant|selfish|big|little|whiny|whingeing|moody|bratty|angry|naughty)\s+)?(?:child|kid|baby|toddler|teenager|teen|brat|two-year-old|lunatic|maniac|idiot|animal|psycho|martyr|victim)\b");

        // ---- third pass: ideas from a further set of our own probe sentences ----

        // "You're only with me for the money", "he's only nice to me because…": what keeps them here, given as a motive.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?:you|u|he|she)(?:'re|re|\s+are|'s|\s+is|\s+were|\s+was)\s+only\s+(?:with\s+me|here|staying|still\s+here|married\s+to\s+me|nice\s+to\s+me|being\s+nice|being\s+kind|sorry)\s+(?:for\s+(?:the|my|your)\s+(?:money|house|sex|visa|papers|status|convenience|kids|rent|comfort|car)|because|so\s+(?:that\s+)?(?:you|u|he|she))\b"
            // "Don't pretend you care", "you were happy to see me cry", "you couldn't wait to get away from me".
            + @"|\bdon'?t\s+(?:you\s+)?pretend\s+(?:that\s+)?(?:you|u)\s+(?:care|cared|love|loved|mind|miss|missed|were|are|didn't|don't|ever)\b"
            + @"|\b(?:glad|happy|pleased|relieved|thrilled)\s+to\s+(?:see|watch|hear)\s+me\s+(?:cry|fail|suffer|hurt|upset|struggle|lose|go|leave|get\s+hurt)\b"
            + @"|\b(?:you|u|he|she)\s+(?:couldn't|could\s+not|couldnt)\s+wait\s+to\s+(?:get\s+(?:away|rid)|leave|be\s+rid|get\s+out|see\s+the\s+back)\b"
            // "You must think this is a joke": a low view read into them.
            + @"|\b(?:you|u|he|she)\s+(?:must|clearly|obviously)\s+think\s+(?:that\s+)?(?:this|it|that|i|i'm|my|we)\b"
            // "really you just don't want to spend time with me".
            + @"|(?<!\b(?:if|when|whether|unless)\s+)\b(?:you|u|he|she)\s+(?:just|simply|obviously|clearly)\s+(?:don't|dont|doesn't|do\s+not)\s+(?:even\s+|really\s+)?want\s+to\s+(?:spend\s+(?:any\s+)?time\s+with|be\s+(?:with|near|around)|see|talk\s+to|listen\s+to|touch|sleep\s+with)\s+me\b");

        // "What a wonderful husband, forgetting my birthday": praise of a role, then the sore act it names.
        yield return new AccusationRule(AccusationKind.SarcasticPraise,
            Compile(@"(?<hit>\b(?:what|such)\s+an?\s+(?:wonderful|lovely|great|thoughtful|caring|considerate|perfect|brilliant|fantastic|amazing|good|loving|devoted|attentive)\s+(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|friend|son|daughter|man|woman|guy|host))\s*,\s*(?<act>(?:\w+\s+){0,2}?\w+ing\b[^.!?;]{0,40})"),
            m => Sore.IsMatch(m.Groups["act"].Value) && !Kindly.IsMatch(m.Groups["act"].Value));

        // "I wouldn't want anything to happen to your reputation", "I know people who could make your life difficult",
        // "you're playing with fire", "don't push your luck", "think about what you could lose", "…, I dare you".
        yield return Rule(AccusationKind.VeiledThreat,
            // Care for them ("I wouldn't want anything to happen to you, drive carefully") is not a warning; care for their
            // things or name is.
            @"\bi(?:'d|\s+would)?\s*(?:wouldn't|would\s+not|'d\s+not|not)\s+want\s+(?:anything|something)\s+(?:bad\s+|nasty\s+|unfortunate\s+)?to\s+happen\s+to\s+(?:your|his|her)\s+\w+"
            + @"|\bi\s+know\s+(?:people|someone|a\s+few\s+people|some\s+people|a\s+guy)\s+who\s+(?:could|would|can|will|might)\s+(?:make\s+(?:your|his|her)\s+life|hurt|ruin|deal\s+with\s+(?:you|him|her)|sort\s+(?:you|him|her)\s+out|find\s+(?:you|him|her)|get\s+to\s+(?:you|him|her)|teach\s+(?:you|him|her))\b"
            + @"|\b(?:you(?:'re|re|\s+are)|ur)\s+(?:really\s+)?(?:playing\s+with\s+fire|pushing\s+your\s+luck|skating\s+on\s+(?:very\s+)?thin\s+ice|on\s+(?:very\s+)?thin\s+ice)\b|\bdon'?t\s+push\s+your\s+luck\b"
            + @"|\bthink\s+(?:(?:very\s+)?(?:carefully|hard)\s+)?about\s+what\s+you(?:'d|\s+could|\s+would|'re\s+going\s+to|\s+might|\s+stand\s+to)\s+lose\b"
            + @"|[,;]\s*i\s+(?:double\s+)?dare\s+(?:you|u)(?=\s*(?:[.!]|$))");

        // "Your best mate's wife gets flowers every Friday", "everyone else's husband manages to…", "I bet Jane's
        // boyfriend doesn't leave her waiting", "my dad would never have spoken to my mum like that".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:[a-z]+'s|(?:my|your)\s+(?:best\s+)?(?:mate|friend|sister|brother|cousin|colleague)'s|everyone\s+else's|other\s+people's)\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?)\s+(?:gets|is)\s+(?:flowers|breakfast|presents|gifts|a\s+(?:present|gift|treat|massage|card|surprise|date|lie-in|night\s+out|cuppa|coffee)|taken\s+out|spoilt|spoiled|treated|given|bought|sent)\b[^.!?;]{0,40}?\bevery\s+(?:day|week|weekend|friday|saturday|sunday|month|year|birthday|anniversary|morning|night|time)\b"
            + @"|\b(?:everyone\s+else's|other\s+people's|[a-z]+'s)\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|man|missus)s?\s+(?:manages?|bothers?|remembers?|never\s+forgets?|makes?\s+(?:the\s+)?time|takes?\s+(?:the\s+)?time)\b"
            + @"|\bi\s+bet\s+(?:[a-z]+'s\s+(?:wife|husband|partner|girlfriend|boyfriend)|" + SomeoneElse + @")\s+(?:doesn't|does\s+not|never|wouldn't|would\s+never|always|actually)\b"
            + @"|\b(?:" + SomeoneElse + @"|[a-z]+'s\s+(?:husband|wife|partner|boyfriend|girlfriend))\s+(?:would(?:n't|\s+never|\s+not)|could(?:n't|\s+never))\s+(?:have\s+)?(?:spoken|speak|talked|talk|treated|treat|shouted|shout|yelled|yell|left|leave|forgotten|forget|ignored|ignore|let|dreamed\s+of|dreamt\s+of)\b[^.!?;]{0,40}?\b(?:like\s+(?:that|this|you\s+(?:do|did))|(?:his|her|their)\s+(?:own\s+)?(?:wife|husband|partner|girlfriend|boyfriend|kids|family)|(?:my|your)\s+(?:mum|mom|mother|dad|father))\b");

        // "My mum can't stand the way you treat me", "the whole office heard about what you did", "my sister warned
        // me about you": a jury's dislike, news or warning about them.
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b" + WiderJury + @"\s+(?:all\s+|even\s+|always\s+|really\s+)?(?:can't\s+stand|cannot\s+stand|hates?|(?:doesn't|don't)\s+like|(?:is|are|was|were)\s+(?:worried|upset|furious|angry|disgusted)\s+(?:about|by|at))\s+(?:the\s+way|how|what)\s+(?:you|u)\b"
            + @"|\b" + WiderJury + @"\s+(?:all\s+|even\s+|always\s+|once\s+)?(?:warned|told)\s+me\s+(?:about\s+(?:you|u|him|her)\b|not\s+to\s+(?:trust|marry|move\s+in|date|believe))");

        // "The whole office heard about what you did" (but not "…what you did for the charity, they're so proud").
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b" + WiderJury + @"\s+(?:has\s+|have\s+|all\s+|already\s+)*(?:heard|knows?|found\s+out|been\s+talking)\s+about\s+(?:what|how|the\s+way)\s+(?:you|u))\b(?<rest>[^.!?]{0,60})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value));

        // "You're way too sensitive", "you're being ridiculous": a label for their behaviour.
        yield return new AccusationRule(AccusationKind.YoureSo,
            Compile(@"\b(?=you|ur|u)" + NotSayingThat + YouAreCasual + @"\s+(?:(?:way|far|much|a\s+bit|a\s+little|bloody|just)\s+)(?:too|so)\s+(?<word>[a-z][a-z'-]*)"
                + @"|\b(?=you|ur|u)" + NotSayingThat + YouAreCasual + @"\s+being\s+(?:really\s+|very\s+|completely\s+|totally\s+|a\s+bit\s+|utterly\s+)?(?<word>ridiculous|unreasonable|childish|dramatic|petty|selfish|difficult|paranoid|hysterical|stupid|pathetic|irrational|impossible|awkward|stubborn|mean|rude|cold|unfair|a\s+(?:child|baby|brat|nightmare|pain|jerk|idiot))\b"),
            m => !NotALabel.Contains(m.Groups["word"].Value));

        // "You're the most selfish person I've ever met", "everything you touch turns to chaos": a whole self judged.
        yield return new AccusationRule(AccusationKind.GlobalCriticism,
            Compile(@"(?<hit>\b(?:you(?:'re|re|\s+are)|ur)\s+(?:honestly\s+|literally\s+|easily\s+)?the\s+(?:most\s+(?<word>[a-z-]+)|(?<word>laziest|worst|meanest|coldest|rudest|cruellest|cruelest|nastiest|stingiest|least\s+[a-z-]+))\s+(?:person|man|woman|partner|husband|wife|boyfriend|girlfriend|human(?:\s+being)?|father|mother|dad|mum|mom)\b)"),
            m => !NotALabel.Contains(m.Groups["word"].Value) && !Kindly.IsMatch(m.Groups["word"].Value)
                 && !Regex.IsMatch(m.Groups["word"].Value, @"^(?:least\s+(?:selfish|lazy|judgemental|judgmental|jealous|cruel|mean))$", RegexOptions.IgnoreCase, MatchTimeout));
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\beverything\s+(?:you|u|he|she)\s+(?:touch|touches|do|does|say|says|try|tries)\s+(?:turns|goes|ends\s+up)\s+(?:to\s+|into\s+|in\s+)?(?:chaos|shit|dust|ashes|disaster|wrong|bad|badly|pear-shaped|a\s+mess|rubbish|tears)\b");

        // "You've made me into someone I don't recognise", "your drinking is why I'm a wreck", "you make me want to
        // scream": the person's state laid at their door.
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\b(?:you|u)(?:'ve|ve|\s+have)?\s+(?:made|turned|changed)\s+me\s+into)\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value));
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\byour\s+(?:[a-z]+\s+){1,2}?(?:is|was|are|were)\s+(?:the\s+reason\s+(?:why\s+)?|why\s+)i)\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value)
                 && (Sore.IsMatch(m.Groups["rest"].Value) || Regex.IsMatch(m.Groups["rest"].Value, @"\b(?:wreck|mess|broken|anxious|depressed|miserable|exhausted|on\s+edge|like\s+this|drink|can't|cannot)\b", RegexOptions.IgnoreCase, MatchTimeout)));
        yield return Rule(AccusationKind.YouMakeMeFeel,
            @"\b(?:you|u)\s+(?:just\s+|really\s+|honestly\s+|sometimes\s+)?make\s+me\s+want\s+to\s+(?:scream|cry|leave|run\s+away|give\s+up|die|disappear|explode|tear\s+my\s+hair\s+out|throw\s+something)\b");
    }
}
