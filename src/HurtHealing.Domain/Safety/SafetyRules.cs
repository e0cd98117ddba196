using System.Text.RegularExpressions;
using static HurtHealing.Domain.Safety.SafetySignalKind;

namespace HurtHealing.Domain.Safety;

/// <summary>
/// The patterns behind <see cref="SafetySignals"/>. They run on text whose apostrophes and quotes were
/// already made straight (same length, so indices still point into the original), ignore case and have a
/// match timeout. Each pattern reads an idea rather than a sentence: who does what to whom ("he grabbed
/// my arm", "you check my phone", "I'm afraid of him"), so the same rule catches he/she/they/you/my
/// husband…, present and past, contractions and third-person reports. Ordinary uses of the same words
/// ("I was afraid I'd be late", "she grabbed the last slice of cake", "it hit me that…") are turned away
/// by what the words attach to, not by a list of sentences.
/// </summary>
internal static partial class SafetyRules
{
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // ---- who ------------------------------------------------------------------------------------

    private const string Noun =
        @"(?:partner|husband|hubby|hubs|wife|wifey|missus|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|other\s+half"
        + @"|significant\s+other|ex(?:-?(?:husband|wife|boyfriend|girlfriend|partner))?|man|fella|bloke|guy)";

    // The partner as subject: "he", "she", "they", "you", "my husband", "my ex".
    private const string Who = @"(?:he|she|they|you|u|(?:my|your)\s+(?:own\s+)?" + Noun + ")";

    // The partner as object: "him", "her", "them", "you", "my partner".
    private const string Whom = @"(?:him|her|them|you|u|(?:my|your)\s+(?:own\s+)?" + Noun + ")";

    // The person, or someone in their care.
    private const string Me =
        @"(?:me|us|the\s+(?:kids|children|baby)|(?:my|our)\s+(?:kids|children|son|daughter|baby|child|boys|girls))";

    private const string Body =
        @"(?:arms?|wrists?|neck|throat|hair|face|head|shoulders?|jaw|chest|back|legs?|stomach|belly|ribs?|nose|mouth"
        + @"|cheeks?|lips?|eyes?|ears?|breasts?|hips?|thighs?|body|fingers?)";

    // Auxiliaries and adverbs that may sit between a subject and its verb: "he has always", "she's just".
    private const string Aux =
        @"(?:(?:'s|'d|'ll|'ve|'re|s|d|ll|ve|re)?(?:\s+(?:has|have|had|is|was|were|are|does|did|do|would|will|can|could|keeps?"
        + @"|kept|always|constantly|still|also|even|just|often|sometimes|now|then|literally|actually|really|regularly|usually"
        + @"|again|once|basically|all\s+the\s+time|been|started|starts|begun|began|tends\s+to|tried\s+to|tries\s+to|used\s+to)\b)*)";

    // "I'm", "I am", "I was", "I've been", "I feel", "I felt"...
    private const string IAm =
        @"\bi(?:'m|m|\s+am|\s+was|'ve\s+been|ve\s+been|\s+have\s+been|\s+had\s+been|'d\s+been|\s+get|\s+got|\s+become|\s+became"
        + @"|(?:\s+(?:really|just|sometimes|often|still|genuinely|honestly|truly|always|now|actually|also))*\s+(?:feel|felt|am\s+feeling|was\s+feeling|'m\s+feeling|m\s+feeling)"
        + @"|'ve\s+felt|\s+have\s+felt|'ve\s+been\s+feeling|\s+have\s+been\s+feeling|\s+live|\s+lived|'m\s+living|\s+am\s+living|\s+was\s+living)";

    private const string Soft =
        @"(?:(?:so|really|very|completely|totally|truly|genuinely|quite|a\s+bit|a\s+little|kind\s+of|kinda|sort\s+of|honestly|actually|absolutely|physically|properly|literally|just|always|often|sometimes|constantly|still)\s+)*";

    private const string Afraid =
        @"(?:afraid|scared|frightened|terrified|petrified|fearful|scared\s+stiff|scared\s+to\s+death|frightened\s+to\s+death|so\s+scared|terrified)";

    private static List<SafetyRule> Build()
    {
        var rules = new List<SafetyRule>();
        rules.AddRange(FearRules());
        rules.AddRange(FearShownRules());
        rules.AddRange(ViolenceRules());
        rules.AddRange(ThreatRules());
        rules.AddRange(IntimidationRules());
        rules.AddRange(ControlRules());
        rules.AddRange(IsolationRules());
        rules.AddRange(MoreIsolationRules());
        rules.AddRange(IsolationByMeansRules());
        rules.AddRange(DegradationRules());
        rules.AddRange(IndirectRules());
        rules.AddRange(LaughingStockRules());
        return rules;
    }

    // ---- fear of the partner ---------------------------------------------------------------------

    private static IEnumerable<SafetyRule> FearRules()
    {
        // "she scares the hell out of me", "he frightens the life out of me".
        yield return Rule([Fear],
            $@"\b{Who}{Aux}\s+(?<v>(?:scares?|scared|scaring|frightens?|frightened|frightening|terrif(?:y|ies|ied)))\s+the\s+(?:hell|life|shit|crap|living\s+daylights|heck|bejesus|wits)\s+out\s+of\s+me\b",
            SafetyRuleChecks.Act);

        // "I'm afraid of him", "scared of my husband", "terrified of you when you drink";
        // not "afraid of him leaving" or "scared of losing her".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid}|in\s+fear|fear)\s+(?:of|from)\s+{Whom}\b(?!'|\s+(?:[a-z]+ing|to|too|and\s+me)\b)",
            SafetyRuleChecks.Negation);

        // "I fear him", "I'm in fear of my partner", "living in fear", "I fear for my life".
        yield return Rule([Fear],
            $@"\bi\s+(?:(?:really|genuinely|honestly|actually|truly|sometimes|now|still|do|kind\s+of|kinda)\s+)*(?<v>fear)\s+(?:{Whom}\b(?!\s+(?:[a-z]+ing|will|'ll|might|may|is|has)\b)|for\s+my\s+(?:life|safety|kids|children))"
            + @"|\b(?<v>(?:liv(?:e|es|ed|ing)|be|being|am|'m|was)\s+in\s+(?:constant\s+)?fear)\b"
            + $@"|\b(?<v>{Afraid}|fear(?:ful)?|worried)\s+for\s+my\s+(?:life|safety|physical\s+safety)\b",
            SafetyRuleChecks.Negation);

        // "my stomach drops and I feel sick with fear" when the sentence is about the partner ("his car pulls in").
        yield return Rule([Fear],
            $@"\b(?<v>(?:sick|frozen|shaking|trembling|paralysed|paralyzed|rigid|numb|frantic)\s+with\s+(?:fear|terror|dread))\b(?<=\b(?:he|she|his|her|him|they|their|them|you|your|my\s+{Noun})\b[^.!?;]{{0,100}})"
            + $@"|\b(?<v>(?:sick|frozen|shaking|trembling|paralysed|paralyzed|rigid|numb)\s+with\s+(?:fear|terror|dread))\b(?=[^.!?;]{{0,60}}\b(?:he|she|him|her|his|they|them|my\s+{Noun})\b)",
            SafetyRuleChecks.Negation);

        // "afraid of his temper", "scared of what he'll do", "frightened of what she might do to me".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid}|fear)\s+(?:of\s+(?:(?:his|her|their|your|my\s+{Noun}'s)\s+(?:temper|anger|rages?|moods?|outbursts?|fists?|violence|threats|hands|drinking\s+and|jealousy|explosions?)"
            + $@")|(?:of\s+)?what\s+{Who}(?:'ll|ll|'d|d|\s+will|\s+would|\s+might|\s+could|\s+may|\s+can|\s+is\s+going\s+to|'s\s+going\s+to|\s+are\s+going\s+to)\s+(?:do|be\s+capable\s+of))\b",
            SafetyRuleChecks.Negation);

        // "I'm scared he'll hurt me", "afraid she might hit me", "worried he will kill me", "terrified he'll find me".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid}|worried|worry|worries|worrying|dread|fear|fears|feared|terrified|think|thought|convinced|sure|know)\s+(?:that\s+)?(?:(?:one\s+day|someday|some\s+day|eventually|sooner\s+or\s+later|next\s+time|if\s+i\s+[a-z']+(?:\s+[a-z']+)?|when\s+[a-z']+\s+[a-z']+)\s*,?\s+)?{Who}(?:'ll|ll|'d|d|\s+will|\s+would|\s+might|\s+could|\s+may|\s+is\s+going\s+to|'s\s+going\s+to|\s+are\s+going\s+to|\s+gonna|'s\s+gonna)"
            + @"\s+(?:(?:actually|really|seriously|eventually|one\s+day|end\s+up|try\s+to|go\s+too\s+far\s+and)\s+)*"
            + $@"(?:hurt\s+(?!(?:my|your|his|her)\s+feelings)(?:me|us|the\s+kids|the\s+children|my\s+(?:kids|children|son|daughter|baby))(?!\s+again)|hit|kill|strangle|choke|beat|attack|harm|find\s+me|come\s+after\s+me"
            + @"|lash\s+out|snap\s+and|do\s+something\s+(?:to\s+me|to\s+the\s+kids|violent|terrible|awful|dangerous)|take\s+the\s+(?:kids|children|baby)|get\s+violent)\b",
            SafetyRuleChecks.Negation);

        // Fear tied to the partner's state, told the other way round: "when he drinks I'm scared", "he's a monster
        // when he drinks and I'm terrified", "whenever she loses her temper I get so frightened".
        // Not worry for them ("when he drives at night I'm scared for him": driving isn't a state that threatens).
        yield return Rule([Fear],
            $@"\b(?:when|whenever|every\s+time|once|if)\s+{Who}{Aux}\s+(?:drinks?|drank|drinking|(?:is|gets?|got|'s|s)\s+(?:drunk|angry|mad|furious|violent|like\s+(?:this|that))"
            + @"|loses?\s+(?:his|her|their|your)\s+temper|lost\s+(?:his|her|their|your)\s+temper|rages?|raged|shouts?|shouted|yells?|yelled|screams?|screamed|snaps?|snapped)\b"
            + $@"[^.!?]{{0,60}}?{IAm}\s+{Soft}(?<v>{Afraid})\b(?!\s+(?:for\s+(?:him|her|them)|of\s+losing|that\s+i|i'll|i\s+will))",
            SafetyRuleChecks.Negation);

        // "afraid to go home", "too scared to say no to him", "frightened to leave".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid}|too\s+(?:scared|afraid|frightened|terrified))\s+(?:to|of)\s+(?:go(?:ing)?\s+(?:back\s+)?home|be(?:ing)?\s+(?:at\s+)?home(?:\s+with\s+{Whom})?|be(?:ing)?\s+alone\s+with\s+{Whom}"
            + $@"|leav(?:e|ing)(?:\s+{Whom})?(?=\s*(?:[.!?,;]|$|because|in\s+case|or|him|her|them|the\s+relationship|the\s+marriage|him))|say(?:ing)?\s+no(?:\s+to\s+{Whom})?"
            + $@"|disagree(?:ing)?\s+with\s+{Whom}|argu(?:e|ing)\s+with\s+{Whom}|stand(?:ing)?\s+up\s+to\s+{Whom}|contradict(?:ing)?\s+{Whom}"
            + $@"|(?:upset|anger|upsetting|angering|provok(?:e|ing))\s+{Whom}|mak(?:e|ing)\s+{Whom}\s+(?:angry|mad)|tell(?:ing)?\s+{Whom}\s+no|report(?:ing)?\s+{Whom}"
            + @"|call(?:ing)?\s+the\s+police|sleep\s+(?:next\s+to|beside|in\s+the\s+same\s+bed\s+as)\s+(?:him|her|them)"
            + $@"|tell(?:ing)?\s+{Whom}\s+(?:that\s+)?(?:i\s+(?:want|need|'m\s+going|am\s+going|plan|have\s+decided|'ve\s+decided|am\s+ready)\s+to\s+(?:leave|go|end\s+(?:it|things|this)|break\s+up|separate|divorce|move\s+out)|(?:it's|it\s+is|we're|we\s+are)\s+(?:over|done|finished)|i\s+want\s+(?:out|a\s+divorce|a\s+separation)))\b",
            SafetyRuleChecks.Negation);

        // "I feel unsafe", "I'm not safe at home", "I felt threatened", "I was intimidated by him".
        yield return new SafetyRule([Fear],
            Compile(IAm + @"\s+" + Soft + @"(?:(?<v>unsafe|in\s+danger|threatened|intimidated)(?:\s+(?:by|of|around|with|near)\s+" + Whom + @"\b(?=\s*(?:[.!?,;]|$)|\s+(?:when|and|because|after|again|at|in|last|yesterday|today|tonight|this)\b))?"
                + @"|(?<v>petrified|terrified|frightened|scared|afraid)(?=\s+(?:(?:by|of|around|with|near)\s+" + Whom + @"\b(?!\s+[a-z]+ing\b)|(?:when|whenever|every\s+time|because|that|if)\s+" + Who + @"\b|to\s+go\s+home|at\s+home|in\s+my\s+own\s+home|for\s+my\s+(?:life|safety))))"),
            SafetyRuleChecks.Negation,
            m => !OrdinaryFearAfter.IsMatch(After(m)));

        // "I don't feel safe", "I no longer feel safe at home", "I'm not safe with him".
        yield return new SafetyRule([Fear],
            Compile(@"\bi(?:\s+(?:do\s+not|don't|dont|didn't|didnt|did\s+not|never|no\s+longer|can't|cannot|can\s+not|could\s+not|couldn't|haven't|have\s+not|hadn't)"
                + @"(?:\s+(?:really|ever|always|even|actually))?\s+(?:feel|felt|feeling|been\s+safe|be\s+safe)|'m\s+not|m\s+not|\s+am\s+not|\s+was\s+not|\s+wasn't|\s+wasnt|'m\s+no\s+longer|\s+am\s+no\s+longer)"
                + @"\s+(?:(?:completely|totally|really|very|physically|entirely|at\s+all)\s+)?(?<v>safe)\b"),
            SafetyRuleChecks.None,
            m => !OrdinarySafeAfter.IsMatch(After(m)));

        // "his temper terrifies me", "her moods scare me"; "too frightened of him to ask"; "I jump every time he comes in".
        yield return Rule([Fear],
            $@"\b(?:his|her|their|your|my\s+{Noun}'s)\s+(?:temper|anger|rages?|moods?|outbursts?|drinking|jealousy|voice|silences?|violence)\s+(?:really\s+|still\s+|just\s+)?(?<v>terrif(?:y|ies|ied)|scares?|scared|frightens?|frightened)\s+me\b"
            + $@"|\b(?<v>too\s+(?:frightened|scared|afraid|terrified))\s+of\s+{Whom}\s+to\b"
            + $@"|\bi\s+(?:(?:still|always|literally|was|am|'m|get|got|just)\s+)*(?<v>jump(?:ed)?|flinch(?:ed)?|tense(?:d)?\s+up|panic(?:ked)?|shake|shook|shaking|trembling|start(?:ed)?\s+shaking|go\s+rigid|went\s+rigid|go\s+cold|went\s+cold|froze|freeze)\s+(?:every\s+time|whenever|when|as\s+soon\s+as)\s+(?:{Who}\s+(?:\w+\s+)?(?:comes?|walks?|gets?|moves?|raises?|opens?|shouts?|touches?|looks?|reaches?|pulls?|slams?|starts?)\b"
            + $@"|i\s+(?:hear|see|heard|saw)\s+(?:his|her|their|your|my\s+{Noun}'s)\s+(?:key|keys|car|truck|van|bike|footsteps|steps|voice|name|number|ringtone|text|shadow)\b)"
            // "when his car pulls into the drive my stomach drops": the body's fear, told after the partner's cue.
            + $@"|\b(?:when|whenever|every\s+time|as\s+soon\s+as)\s+(?:i\s+(?:hear|see|heard|saw)\s+)?(?:his|her|their|your|my\s+{Noun}'s)\s+(?:key|keys|car|truck|van|bike|footsteps|steps|voice)\b[^.!?;]{{0,50}}?(?<v>my\s+(?:stomach|heart)\s+(?:just\s+)?(?:drops|dropped|knots|turns|churns|sinks|sank|pounds|races|stops|lurches)|i\s+(?:freeze|froze|shake|shook|tremble|panic|feel\s+sick))"
            // Preparing for the partner's anger: "I sleep with my phone under the pillow in case he kicks off".
            + $@"|\b(?<v>in\s+case)\s+{Who}\s+(?:\w+\s+)?(?:kicks?\s+off|kicked\s+off|loses?\s+it|lost\s+it|snaps?|snapped|flips?|explodes?|comes?\s+home\s+(?:drunk|angry)|gets?\s+(?:angry|violent|drunk|nasty|physical)|hurts?\s+me|goes\s+for\s+me|turns?\s+up)\b"
            // "I lock the bathroom door when they're in one of their moods".
            + $@"|\bi\s+(?:(?:always|often|sometimes|just|have\s+to|had\s+to)\s+)*(?<v>lock(?:ed)?)\s+(?:the|my)\s+(?:bathroom|bedroom|car|room|toilet)\s+door\s+(?:when|whenever|every\s+time|if|until|before)\s+{Who}\b",
            SafetyRuleChecks.Negation);

        // "frightened of running into him"; "my heart sinks when I hear his truck"; "scared he'll come back tonight",
        // "scared my husband will find out I wrote this".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid})\s+of\s+(?:running|bumping)\s+into\s+{Whom}\b"
            + $@"|\b(?<v>my\s+heart\s+(?:pounds|sinks|stops|drops|hammers)|my\s+stomach\s+(?:drops|knots|turns|churns|lurches)|i\s+(?:freeze|tremble|feel\s+sick|go\s+cold))\s+(?:when|whenever|every\s+time|as\s+soon\s+as)\s+(?:i\s+(?:hear|see)\s+)?(?:{Who}|his|her|their)\b"
            + $@"|\b(?<v>{Afraid}|worried|terrified)\s+(?:that\s+)?{Who}(?:'ll|ll|'d|d|\s+will|\s+would|\s+might|\s+is\s+going\s+to|'s\s+going\s+to|\s+gonna)\s+(?:come\s+back|come\s+home\s+(?:drunk|angry|early)|turn\s+up|show\s+up|find\s+(?:out\s+(?:i|where|about\s+(?:this|the\s+app|my\s+plan))|this|my\s+(?:diary|journal|notes|plan))|read\s+this|see\s+this|catch\s+me|track\s+me\s+down)\b",
            SafetyRuleChecks.Negation);

        // "scared he'll wake up in one of his moods", "afraid she'll come home in a temper".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid}|dread(?:ing)?|terrified)\s+(?:that\s+)?{Who}(?:'ll|ll|'d|d|\s+will|\s+would|\s+might|\s+is\s+going\s+to|'s\s+going\s+to|\s+gonna)\s+[^.!?;]{{0,40}}?\b(?:in\s+(?:one\s+of\s+)?(?:his|her|their|your|a)\s+(?:moods?|tempers?|rages?|states?)|(?:drunk|angry|raging|in\s+a\s+rage))\b",
            SafetyRuleChecks.Negation);

        // "I don't think I'm safe with him", "I'm not sure I'm safe at home".
        yield return Rule([Fear],
            $@"\bi\s+(?:(?:honestly|really|just|genuinely)\s+)?(?:don't|do\s+not|dont|no\s+longer)\s+(?:think|believe|know\s+if|feel\s+like)\s+i(?:'m|m|\s+am)\s+(?<v>safe)\b(?=\s*(?:[.!?,;]|$|with\s+{Whom}|around\s+{Whom}|at\s+home|in\s+(?:this|my|our|the)\s+(?:house|home|flat|relationship|marriage)|any\s*more|here))"
            + $@"|\bi(?:'m|m|\s+am)\s+not\s+sure\s+(?:if\s+)?i(?:'m|m|\s+am)\s+(?<v>safe)\b(?=\s*(?:[.!?,;]|$|with\s+{Whom}|around\s+{Whom}|at\s+home|in\s+(?:this|my|our|the)\s+(?:house|home|flat|relationship|marriage)|any\s*more|here))",
            SafetyRuleChecks.None);

        // "he scares me", "you frighten me", "my husband terrifies me", "she scared me last night".
        yield return new SafetyRule([Fear],
            Compile($@"\b{Who}{Aux}\s+(?<v>scares?|frightens?|terrif(?:y|ies)|scared|frightened|terrified|scaring|frightening|terrifying)\s+me\b"),
            SafetyRuleChecks.Act,
            m => !OrdinaryScareAfter.IsMatch(After(m)) && !(m.Value.StartsWith("they", StringComparison.OrdinalIgnoreCase) && ScaryThings.IsMatch(Before(m, 60))));

        // "you make me feel unsafe", "he makes me feel scared", "she made me afraid to speak".
        yield return Rule([Fear],
            $@"\b{Who}{Aux}\s+(?:makes?|made|making)\s+me\s+(?:feel\s+)?{Soft}(?<v>unsafe|afraid|scared|frightened|terrified|threatened|in\s+danger)\b",
            SafetyRuleChecks.Negation);

        // "scared around him", "I'm on edge around her", "I flinch when he moves", "I hide in the bathroom".
        yield return Rule([Fear],
            $@"\b(?<v>{Afraid}|unsafe|on\s+edge)\s+(?:around|near|with|in\s+front\s+of)\s+{Whom}\b(?!\s+(?:[a-z]+ing)\b)"
            + @"|\bi\s+(?<v>flinch(?:ed|es)?|cower(?:ed)?|freeze|froze)\s+(?:when|whenever|every\s+time|if|as)\b"
            + $@"|\b(?<v>on\s+edge|tense|on\s+high\s+alert|holding\s+my\s+breath)\s+(?:when|whenever|every\s+time|until|before|in\s+case)\s+{Who}\b"
            + $@"|\bi(?:\s+(?:had|have|has|used|need|needed|'ve|ve|would|'d|sometimes|often|always|just|even)(?:\s+to)?)*\s+(?<v>hide|hid|lock(?:ed)?\s+myself)\s+(?:from\s+{Whom}|in\s+(?:the|my)\s+(?:bathroom|bedroom|car|room|toilet))\b",
            SafetyRuleChecks.Negation,
            m => !(SocialRefuge.IsMatch(SentenceOf(m)) && !PartnerMentioned.IsMatch(SentenceOf(m))));
    }

    // The body's fear: heart, stomach, hands, breath. Read only when it is tied to the partner's arrival.
    private const string BodyFear =
        @"(?:my\s+(?:heart|pulse)\s+(?:is\s+|was\s+|just\s+|always\s+|still\s+|starts?\s+|literally\s+)?(?:races|racing|raced|pounds|pounding|pounded|thumps|thumping|thumped|hammers|hammering|hammered|sinks|sank|stops|stopped|drops|dropped|lurches|lurched|jumps|jumped|skips\s+a\s+beat|is\s+in\s+my\s+(?:mouth|throat)|goes\s+(?:mad|crazy|wild))"
        + @"|my\s+(?:stomach|gut|chest|throat)\s+(?:just\s+|always\s+)?(?:drops|dropped|knots|knotted|ties\s+itself\s+in\s+knots|turns|turned|churns|churned|sinks|sank|lurches|lurched|flips|tightens|tightened|clenches|clenched|twists|closes\s+up)"
        + @"|my\s+(?:hands|legs|knees|whole\s+body|body|shoulders|jaw)\s+(?:start\s+to\s+|start\s+|started\s+|just\s+)?(?:shake|shakes|shaking|shook|tremble|trembles|trembling|go\s+weak|goes\s+weak|went\s+weak|turn\s+to\s+jelly|goes\s+(?:tense|rigid|stiff|cold|numb)|go\s+(?:tense|rigid|stiff|cold|numb)|went\s+(?:tense|rigid|stiff|cold|numb)|tenses?(?:\s+up)?|tensed(?:\s+up)?|locks?\s+up|clenche?s?)"
        + @"|my\s+blood\s+(?:runs|ran)\s+cold|(?:all\s+)?the\s+(?:hairs|hair)\s+on\s+my\s+(?:neck|arms)\s+(?:stand|stood)\s+up"
        + @"|i\s+(?:can't|cannot|couldn't)\s+stop\s+(?:shaking|trembling)|i\s+(?:(?:still|always|just|literally|start\s+to|started\s+to|begin\s+to)\s+)?(?:freeze|froze|shake|shook|tremble|trembled|panic|panicked|feel\s+sick|felt\s+sick|go\s+cold|went\s+cold|go\s+rigid|went\s+rigid|go\s+numb|can't\s+breathe|cannot\s+breathe|couldn't\s+breathe|(?:start|started|begin|began)\s+(?:to\s+)?(?:shak(?:e|ing)|trembl(?:e|ing))|break\s+out\s+in\s+a\s+(?:cold\s+)?sweat|hold\s+my\s+breath|held\s+my\s+breath|tense\s+up|tensed\s+up|feel\s+my\s+(?:chest|throat|stomach)\s+(?:tighten|close|knot)))";

    // What tells the person the partner is coming: a key in the lock, their car, their footsteps, their name on the phone.
    private const string ArrivalCue =
        @"(?:(?:his|her|their|your|my\s+" + Noun + @"'s)\s+(?:key|keys|car|truck|van|bike|motorbike|footsteps|steps|voice|name|number|ringtone|shadow|boots|headlights)\b"
        + @"|(?:him|her|them)\s+(?:come|coming|get|getting|pull|pulling|walk|walking|stomp|stomping|storm|storming)\s+(?:in|into|home|up|through|back)"
        + @"|(?:him|her|them)\s+(?:on\s+the\s+stairs|at\s+the\s+door|in\s+the\s+(?:hall|hallway|drive|driveway)|outside|downstairs|moving\s+about)"
        + @"|(?:he|she|they)\s+(?:comes?|came|gets?|got|walks?|walked|pulls?|pulled|storms?|stormed|stomps?|stomped|turns?\s+up)\s+(?:in|into|home|through|up|back)"
        + @"|my\s+phone\s+(?:\w+\s+){0,2}?(?:with|shows)\s+(?:his|her|their|your|my\s+" + Noun + @"'s)\s+(?:name|number|texts?|messages?|calls?))";

    private const string SafeNow = @"(?<v>feel\s+safe|felt\s+safe|am\s+safe|'m\s+safe|feel\s+(?:like\s+)?i\s+can\s+breathe|let\s+my\s+guard\s+down)";

    private const string EaseNow = @"(?<v>relax|relaxed|breathe|sleep(?:\s+properly)?|switch\s+off|be\s+myself)";

    private const string IsNow = @"(?:'s|s|\s+is|\s+are|'re|\s+was|\s+were|\s+has|'s\s+been|\s+goes|\s+go|'s\s+gone|\s+has\s+gone)";

    // Where the partner is when the person can breathe: out, away, at work, on nights, at their mum's, passed out.
    private const string PartnerAway =
        @"(?:out|away|gone|passed\s+out|working(?:\s+(?:nights|late|away|abroad|a\s+double))?|at\s+(?:work|the\s+(?:pub|gym|office|match|football|bar))|at\s+(?:his|her|their)\s+[\w']+|not\s+(?:here|home|around|in)"
        + @"|on\s+(?:a\s+)?(?:trip|nights|shift|night\s+shift|nights\s+out|the\s+rigs)|in\s+(?:prison|jail|hospital)|to\s+(?:work|the\s+pub|the\s+gym))";

    private const string PartnerAsleep = @"(?:asleep|sleeping|to\s+(?:bed|sleep))";

    // What the partner does that the body answers: raising a voice, going quiet, starting to drink, "that look".
    private const string TellingAct =
        @"(?:raises?\s+(?:his|her|their|your)\s+voice|raised\s+(?:his|her|their|your)\s+voice|goes\s+(?:quiet|silent|cold|still)|went\s+(?:quiet|silent|cold|still)|gets?\s+(?:that|the)\s+look|got\s+(?:that|the)\s+look"
        + @"|gives?\s+me\s+(?:that|the)\s+look|looks?\s+at\s+me\s+(?:like\s+that|that\s+way)|starts?\s+drinking|opens?\s+(?:a|another|the)\s+(?:bottle|can|beer)|uses?\s+that\s+tone|clenches\s+(?:his|her|their)\s+(?:jaw|fists?)"
        + @"|(?:gets?|got|is|'s)\s+(?:angry|mad|drunk|irritated|wound\s+up|worked\s+up)|slams?\s+(?:a|the)\s+door|starts?\s+(?:shouting|yelling|swearing|pacing))";

    // Warmth, not dread: "my heart races every time I see his name on my phone, I'm so in love".
    private const string LoveMarker =
        @"(?:in\s+a\s+good\s+way|so\s+in\s+love|in\s+love|butterflies|like\s+a\s+(?:teenager|schoolgirl|schoolboy)|after\s+all\s+(?:these|this)\s+(?:years|time|months)|after\s+(?:\w+\s+){1,2}years|soppy|sappy|cheesy|excit(?:ed|ement)|can't\s+wait|crush|swoon|adore|smitten|giddy)";

    private static readonly Regex Love = Compile($@"\b{LoveMarker}\b");

    // The partner named in the same sentence, before the match: "my gf slams doors and screams until I give in".
    private static readonly Regex StartsWithPartner = Compile($@"^{Who}\b");

    private static readonly Regex PartnerSubjectBefore = Compile($@"\b(?:he|she|they|you|my\s+{Noun})\b[^.!?;]{{0,60}}$");

    private static IEnumerable<SafetyRule> FearShownRules()
    {
        // Fear told through the body, or named, at the partner's cue, in either order, or felt while lying awake for it: "my
        // heart races every time I hear his key in the door", "as soon as her car pulls up my hands start shaking", "I get
        // scared when I hear his key", "I lie awake listening for her car and my heart races". Not "my heart races when I see
        // him, I'm so in love", not "I get excited when I hear his key".
        yield return Rule([Fear],
            $@"(?:\b(?<v>{BodyFear})|{IAm}\s+{Soft}(?<v>{Afraid}|nervous|panicky|anxious|on\s+edge|jumpy|shaky|uneasy|sick))\s+(?:\w+\s+)?(?:every\s+time|whenever|when|as\s+soon\s+as|the\s+(?:second|moment|minute)|if)\s+(?:i\s+(?:hear|see|heard|saw|notice|noticed|get)\s+)?{ArrivalCue}"
            + $@"|\b(?:every\s+time|whenever|when|as\s+soon\s+as|the\s+(?:second|moment|minute))\s+(?:i\s+(?:hear|see|heard|saw|notice|noticed|get)\s+)?{ArrivalCue}[^.!?;]{{0,50}}?\b(?<v>{BodyFear})"
            + $@"|\b(?:listen(?:s|ed|ing)?|wait(?:s|ed|ing)?)\s+(?:out\s+|up\s+)?for\s+(?:his|her|their|your|my\s+{Noun}'s)\s+(?:key|keys|car|truck|van|bike|footsteps|steps|headlights|voice)\b[^.!?;]{{0,60}}?\b(?<v>{BodyFear})",
            SafetyRuleChecks.Negation,
            m => !Love.IsMatch(SentenceOf(m)));

        // The body answering the partner's mood: "I get the shakes every time my husband raises his voice", "whenever he
        // goes quiet like that I know something is coming and I feel sick". Not "my chest goes tight when my boss emails".
        yield return Rule([Fear],
            $@"\b(?<v>{BodyFear}|i\s+(?:get|got)\s+(?:the\s+shakes|(?:a\s+)?knots?\s+in\s+my\s+stomach|(?:all\s+)?(?:shaky|jittery|clammy|sick))|i\s+(?:\w+\s+)?feel\s+my\s+(?:whole\s+)?(?:chest|throat|stomach|body)\s+(?:go\s+)?(?:tight|tighten|close|knot|tense|shaking))\s+(?:\w+\s+)?(?:every\s+time|whenever|when|as\s+soon\s+as|the\s+(?:second|moment|minute)|if)\s+{Who}{Aux}\s+{TellingAct}"
            + $@"|\b(?:every\s+time|whenever|when|as\s+soon\s+as|the\s+(?:second|moment|minute))\s+{Who}{Aux}\s+{TellingAct}[^.!?;]{{0,70}}?\b(?<v>{BodyFear}|i\s+(?:get|got)\s+(?:the\s+shakes|(?:a\s+)?knots?\s+in\s+my\s+stomach))",
            SafetyRuleChecks.Negation);

        // The partner's mood read like weather: "I sit in the car to see what mood she's in", "I dread weekends because he's
        // home all day". Not "I dread the weekends because the kids have football".
        yield return Rule([Fear],
            $@"\b(?:to\s+)?(?<v>(?:see|check|work\s+out|figure\s+out|gauge|guess|judge|know|find\s+out|suss\s+out|test\s+the\s+water))\s+(?:first\s+)?(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:mood|state|temper)\s+{Who}(?:'s|s|\s+is|\s+are|'re|\s+was|\s+were|'ll\s+be|\s+will\s+be)\s+in\b"
            + $@"|\bi\s+(?:(?:really|always|just|have\s+started\s+to|'ve\s+started\s+to)\s+)*(?<v>dread|dreaded|dreading|hate|fear)\s+(?:the\s+)?(?:weekends?|evenings?|nights?|mornings?|holidays?|christmas|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|payday|coming\s+home|going\s+home|him\s+coming\s+home|her\s+coming\s+home)\b[^.!?;]{{0,25}}?\b(?:because|since|as|when)\s+{Who}(?:'s|s|\s+is|\s+are|'re|\s+will\s+be|'ll\s+be|\s+gets|\s+comes)\s+(?:\w+\s+)?(?:home|back|around|there|in\s+the\s+house|drinking|drunk|off\s+work)\b",
            SafetyRuleChecks.Negation);

        // Safe only while the partner is asleep or away: "he's asleep now and it's the only time I feel safe", "I can
        // only breathe when she's at work". Not "I only feel safe when he's home" (safety in their presence), and not
        // "I can only relax when she's asleep" (a baby): asleep counts only for feeling safe.
        yield return Rule([Fear],
            $@"\b(?:only|the\s+only\s+(?:time|times|moment|hours?|place)|finally)\b[^.!?;]{{0,25}}?\bi\s+(?:ever\s+|really\s+|actually\s+|truly\s+|can\s+)?(?:{SafeNow}\b[^.!?]{{0,25}}?\b(?:is\s+)?(?:when|while|once|if)\s+{Who}{IsNow}\s+(?:\w+\s+)?(?:{PartnerAway}|{PartnerAsleep})|{EaseNow}\b[^.!?]{{0,25}}?\b(?:is\s+)?(?:when|while|once|if)\s+{Who}{IsNow}\s+(?:\w+\s+)?{PartnerAway})\b"
            + $@"|\bi\s+(?:can\s+|could\s+)?(?:only|finally)\s+(?:ever\s+|really\s+)?(?:{SafeNow}\b[^.!?]{{0,25}}?\b(?:when|while|once|if)\s+{Who}{IsNow}\s+(?:\w+\s+)?(?:{PartnerAway}|{PartnerAsleep})|{EaseNow}\b[^.!?]{{0,25}}?\b(?:when|while|once|if)\s+{Who}{IsNow}\s+(?:\w+\s+)?{PartnerAway})\b"
            + $@"|\b{Who}{IsNow}\s+(?:\w+\s+)?(?:{PartnerAway}|{PartnerAsleep})\b[^.!?]{{0,40}}?\b(?:the\s+only\s+(?:time|times|moment|hours?)|only\s+then|only\s+time)\s+(?:that\s+)?i\s+(?:ever\s+|really\s+|actually\s+|can\s+)?(?:{SafeNow}|{EaseNow})\b",
            SafetyRuleChecks.Negation);

        // Getting ready for the partner's return: "I'm always listening for his car so I have time to tidy before he comes
        // in", "I make sure the kids are in bed before he gets home, just in case".
        yield return Rule([Fear],
            $@"\b(?<v>(?:listen(?:s|ed|ing)?|watch(?:es|ed|ing)?|wait(?:s|ed|ing)?|look(?:s|ed|ing)?\s+out)\s+(?:out\s+)?for\s+(?:his|her|their|your|my\s+{Noun}'s)\s+(?:car|key|keys|van|truck|bike|footsteps|steps|headlights))\b[^.!?;]{{0,60}}?\b(?:so\s+(?:that\s+)?i\s+(?:have|get|can|'ve\s+got)\s+(?:time|a\s+chance|a\s+minute)?|in\s+case|before\s+(?:he|she|they)|to\s+(?:make\s+sure|check|hide|tidy|clear|warn))"
            + $@"|\bbefore\s+{Who}\s+(?:gets?|comes?|walks?)\s+(?:home|back|in)\s*,?\s*(?<v>just\s+in\s+case|or\s+else|or\s+there'll\s+be\s+(?:trouble|hell|a\s+row)|so\s+(?:he|she|they)\s+(?:doesn't|don't|won't|can't)\s+(?:kick\s+off|explode|blow\s+up|get\s+(?:angry|mad|nasty)|lose\s+it|start|have\s+a\s+reason))(?=\s*(?:[.!?;]|$))",
            SafetyRuleChecks.None);

        // Ready to flee: "I sleep with my shoes on in case I need to get out of the flat fast", "I keep a bag packed and
        // hidden in case I have to run". Not a fire drill or a baby on the way.
        yield return new SafetyRule([Fear],
            Compile(@"\b(?<v>in\s+case)\s+i\s+(?:ever\s+)?(?:need|have|had|needed|must)\s+to\s+(?:get\s+(?:out|away)|run|leave|escape|flee|bolt|make\s+a\s+run\s+for\s+it|make\s+a\s+break\s+for\s+it|get\s+the\s+kids\s+out)\b[^.!?;]{0,40}?\b(?:fast|quickly|quick|in\s+a\s+hurry|in\s+a\s+rush|in\s+the\s+night|at\s+night|without\s+(?:him|her|them)\s+(?:knowing|noticing|seeing|hearing)|before\s+(?:he|she|they)\s+(?:wakes?|notices?|gets?\s+(?:home|back)))\b"
                + @"|\b(?<v>in\s+case)\s+i\s+(?:ever\s+)?(?:need|have|had|needed|must)\s+to\s+(?:get\s+(?:out|away)\s+from|run\s+from|escape\s+from|flee\s+from|hide\s+from)\s+(?:him|her|them|my\s+" + Noun + @")\b"
                + @"|\b(?<v>(?:keep|kept|have|had|got|'ve\s+got)\s+(?:a|an|my)\s+(?:bag|go-?bag|suitcase|rucksack|backpack)\s+(?:packed\s+)?(?:and\s+)?(?:hidden|packed\s+and\s+hidden|at\s+(?:a|my)\s+(?:friend's|mum's|mom's|sister's|neighbou?r's)))\b(?=[^.!?;]{0,50}\b(?:in\s+case|just\s+in\s+case|for\s+when|so\s+(?:i|that\s+i)\s+can\s+(?:leave|run|get\s+out|go))\b)"
                + @"|\b(?<v>escape\s+(?:plan|route|bag))\b(?=[^.!?;]{0,40}\b(?:him|her|them|he|she|they|home|house|flat)\b)"),
            SafetyRuleChecks.Negation,
            m => !OrdinaryFleeing.IsMatch(SentenceOf(m)));

        // Hiding, or keeping the children out of the way, while the partner is in a mood or drinking: "the kids and I hide
        // upstairs when he's in one of his moods", "we keep out of her way until she's calmed down". Not hide and seek.
        yield return Rule([Fear],
            $@"\b(?:i|we|(?:the|my|our)\s+(?:kids|children|son|daughter|boys|girls|\w+)\s+and\s+i|me\s+and\s+(?:the|my|our)\s+\w+)\s+(?:\w+\s+){{0,2}}?(?<v>hide|hid|hiding|stay(?:ed)?\s+(?:upstairs|in\s+(?:the|my|our|his|her|their)\s+\w+|out\s+of\s+(?:the\s+house|sight|the\s+way)|quiet)|keep\s+out\s+of\s+(?:his|her|their|your)\s+way|kept\s+out\s+of\s+(?:his|her|their|your)\s+way|go\s+(?:quiet|upstairs)|went\s+(?:quiet|upstairs)"
            + $@"|(?:take|took)\s+(?:the|my|our)\s+(?:kids|children|boys|girls|son|daughter)\s+(?:out|to|upstairs)|(?:keep|kept)\s+(?:the|my|our)\s+(?:kids|children|boys|girls|son|daughter)\s+out\s+of\s+(?:his|her|their|your)\s+way|(?:lock|shut)\s+ourselves)\b[^.!?;]{{0,50}}?\b(?:when|whenever|every\s+time|while|until|once)\s+{Who}(?:'s|\s+is|'re|\s+are|\s+was|\s+were|\s+gets?|\s+got|\s+comes?\s+home|\s+came\s+home|\s+has|'d|\s+had)?\s+(?:been\s+)?"
            + @"(?:in\s+(?:one\s+of\s+)?(?:his|her|their|your|a|a\s+(?:foul|bad|black))\s+(?:moods?|tempers?|rages?|states?)|drinking|drunk|angry|raging|furious|kicking\s+off|calmed\s+down|sobered\s+up|cooled\s+(?:down|off))\b",
            SafetyRuleChecks.Negation,
            m => !Regex.IsMatch(SentenceOf(m), @"\bhide\s+and\s+seek\b|\b(?:funny|happy|silly|soppy|sweet|harmless|hilarious|cuddly|giggly|chatty|loud)\s+drunk\b", RegexOptions.IgnoreCase, MatchTimeout));

        // Fear at every call or knock in case it is the partner: "every time my phone buzzes I panic in case it's him",
        // "I dread my messages because it might be her again". Not "in case it's my boss" or "in case it's the parcel".
        yield return Rule([Fear],
            $@"\b(?<v>panic\w*|jump\w*|freeze|froze|flinch\w*|dread\w*|{Afraid}|{BodyFear}|my\s+(?:heart|stomach)\s+\w+)\b[^.!?;]{{0,60}}?\b(?:in\s+case|{Afraid}|worried|because|that)\s+it(?:'s|\s+is|\s+was|'ll\s+be|\s+will\s+be|\s+might\s+be|\s+could\s+be)\s+(?:him|her|them|my\s+{Noun})\b",
            SafetyRuleChecks.Negation);
    }

    // A fire, a flood, a birth, a hospital call or a work trip: ordinary reasons to keep a bag ready or leave fast.
    private static readonly Regex OrdinaryFleeing = Compile(
        @"\b(?:fire|smoke\s+alarm|alarm\s+goes|flood|flooding|evacuat\w*|earthquake|storm|labou?r|baby\s+(?:comes|arrives)|due\s+date|contractions|hospital\s+(?:calls|rings)|on\s+call|the\s+(?:hospital|ward)|for\s+work|business\s+trip|flight|airport|gig|concert|festival|traffic|the\s+(?:match|game|car\s+park))\b");

    // Hiding from a crowd, a party or the children for a moment's peace: "I hide in the bathroom at parties".
    private static readonly Regex SocialRefuge = Compile(
        @"\b(?:at\s+(?:parties|the\s+party|a\s+party|work|weddings?|the\s+wedding|family\s+(?:dos?|gatherings?|parties)|christmas|the\s+office|school)|from\s+(?:people|the\s+crowd|everyone|the\s+noise|the\s+kids|my\s+kids|the\s+children|the\s+guests|the\s+in-?laws|visitors)|need\s+(?:a\s+break|some\s+peace|five\s+minutes|a\s+minute)|introvert\w*|peace\s+and\s+quiet|social\s+battery|to\s+eat\s+(?:chocolate|snacks))\b");

    private static readonly Regex PartnerMentioned = Compile(@"\b(?:he|she|they|him|her|them|his|their|partner|husband|wife|boyfriend|girlfriend)\b");

    // "I felt unsafe walking home", "threatened by her success": ordinary uses of the same words.
    private static readonly Regex OrdinaryFearAfter = Compile(
        @"^\s*(?:(?!being\b)[a-z]+ing\b(?![^.!?;]{0,25}\b(?:him|her|them|you|he|she|they|home|house|my\s+(?:partner|husband|wife|boyfriend|girlfriend))\b)|walking|on\s+(?:that|this|the)\s+(?:stretch|bit|part)\s+of|on\s+(?:that|this)\s+(?:road|street|bus|train|route)|on\s+(?:the|my)\s+(?:street|road|bus|train|tube|way|commute)|in\s+(?:the|this|that)\s+(?:street|city|area|neighbou?rhood|park|dark|car\s+park|parking|town|job|role|meeting|interview)|at\s+night|outside"
        + @"|by\s+(?!(?:him|her|them|you|u|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex))(?:\s*(?:[.!?,;]|$)|\s+(?:when|and|because|after|again|in\s+(?:the|our|my)\s+(?:house|home|kitchen|bedroom|car)|at\s+home|last|yesterday|today|tonight|this)\b))"
        + @"|at\s+(?:the|my|an?|work|school|uni|college|first)\b|in\s+(?:the|my|a|an)\s+(?:meeting|interview|class|office|exam|gym|room|group|job|lecture|new)\b|about\s+(?:the|this|that|my|our|it|work|money|tomorrow)|of\s+(?:the|this|that|it|heights|flying|spiders|losing|failing|being)"
        + @"|that\s+(?:the|this|it|i|we)|for\s+(?:the|my)\s+(?:exam|interview|talk|test|presentation))");

    // "I don't feel safe sharing my feelings", "not safe to drive": emotional or ordinary safety.
    private static readonly Regex OrdinarySafeAfter = Compile(
        @"^\s*(?:enough\s+)?(?:to\s+)?(?:shar(?:e|ing)|open(?:ing)?\s+up|be(?:ing)?\s+vulnerable|be(?:ing)?\s+myself|express(?:ing)?|cry(?:ing)?|talk(?:ing)?\s+about\s+(?:my|our)\s+feelings"
        + @"|tell(?:ing)?\s+(?:him|her|them|you)\s+(?:how|what)\s+i\s+feel|driv(?:e|ing)|walk(?:ing)?|with\s+(?:this|that|my)\s+(?:car|job|investment|plan|decision|money)"
        + @"|leav(?:e|ing)\s+(?:my|the|our|a)\s+(?:bike|car|bag|stuff|things|laptop|phone|van|scooter)|park(?:ing)?|cycl(?:e|ing)|travel(?:l?ing)?|(?:out\s+)?at\s+night|on\s+(?:the|public)\s+(?:bus|train|tube|transport|roads?)"
        + @"|financially|emotionally|in\s+(?:this|that|my)\s+(?:job|city|area|neighbou?rhood|car))");

    // "I hate rollercoasters, they terrify me": "they" are the things just named, not people.
    private static readonly Regex ScaryThings = Compile(
        @"\b(?:films|movies|thrillers|horror|spiders|clowns|rollercoasters|roller\s+coasters|rides|heights|dogs|snakes|wasps|bees|needles|planes|flights|storms|thunderstorms|crowds|hospitals|dentists|lifts|elevators|moths|birds|horses|rats|mice|insects|bugs|ghosts|zombies|fireworks|motorways|waves|dolls|puppets|games|books|stories|podcasts|documentaries)\b[^.!?;]{0,40}$");

    // "you scared me half to death when you crept in": a fright, not fear of a person.
    private static readonly Regex OrdinaryScareAfter = Compile(
        @"^\s*(?:when\s+(?:he|she|they|you)\s+(?:fainted|collapsed|fell|tripped|passed\s+out|choked\s+on|got\s+(?:sick|ill|hurt|lost)|was\s+(?:sick|ill|rushed|taken)|went\s+missing|had\s+(?:a|an|the)\s+(?:seizure|fit|fall|accident|panic\s+attack|heart|stroke|crash))|half\s+to\s+death|for\s+a\s+(?:second|moment|minute|bit)|there|a\s+bit\s+there|when\s+(?:he|she|they|you)\s+(?:didn't|did\s+not|didnt|never|wasn't|weren't|jumped|snuck|sneaked|crept|came\s+in)"
        + @"|by\s+(?:not|jumping|sneaking|creeping|hiding|coming|leaving|driving\s+(?:off|away))|with\s+(?:that|the|a|your|his|her)\s+(?:mask|costume|prank|joke|surprise|news|diagnosis|bill)|with\s+how\s+much)");

    // ---- violence ------------------------------------------------------------------------------

    private const string ForceVerbs =
        @"hit|hits|hitting|bash(?:es|ed|ing)?|belt(?:s|ed|ing)?|deck(?:s|ed|ing)?|king-?hit(?:s|ting)?|struck|strikes|striking|whack(?:s|ed|ing)?|thump(?:s|ed|ing)?|wallop(?:s|ed|ing)?|clobber(?:s|ed|ing)?|kneed|knees|kneeing|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|kick(?:s|ed|ing)?|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)"
        + @"|strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|beat|beats|beating|beaten|bit|bites|biting|bitten|headbutt(?:s|ed|ing)?"
        + @"|stab(?:s|bed|bing)?|burn(?:s|ed|t)?|scratch(?:es|ed|ing)?|slam(?:s|med|ming)?|shook|shak(?:e|es|ing)|drag(?:s|ged|ging)?"
        + @"|pin(?:s|ned|ning)?|restrain(?:s|ed|ing)?|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|threw|throw(?:s|ing|n)?|tackl(?:e|es|ed|ing)"
        + @"|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|suffocat(?:e|es|ed|ing)|smother(?:s|ed|ing)?|hurt|hurts|hurting|shoved|manhandl(?:e|es|ed|ing)"
        + @"|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|wrestl(?:e|es|ed|ing)|elbow(?:s|ed|ing)?|squeez(?:e|es|ed|ing)|twist(?:s|ed|ing)?|pull(?:s|ed|ing)?|yank(?:s|ed|ing)?|ram(?:s|med|ming)?";

    private static IEnumerable<SafetyRule> ViolenceRules()
    {
        // "he hit me", "you pushed me", "my husband has been choking me", "she grabbed my arm", "pulled my hair".
        yield return new SafetyRule([Violence],
            Compile($@"\b(?<v>{ForceVerbs})\s+(?<obj>{Me}|(?:me\s+)?(?:by\s+)?(?:the|my)\s+(?<body>{Body}))\b(?<after>[^.!?;]{{0,40}})"),
            SafetyRuleChecks.Force,
            AcceptForce);

        // "she bit my hand", "he slammed my fingers in the car door", "stamped on my foot": acts that are only ever force,
        // on the parts of the body the general rule leaves out because "grabbed my hand" is so often tender.
        yield return Rule([Violence],
            @"\b(?<v>bit|bites|biting|bitten|burn(?:ed|t|s)|stab(?:s|bed)|stamp(?:s|ed)?\s+on|stomp(?:s|ed)?\s+on|slam(?:s|med)|crush(?:es|ed)|bent\s+back|bends\s+back|snapped|broke|twisted|twists)\s+my\s+(?:hands?|fingers?|thumbs?|feet|foot|toes?)\b(?=[^.!?;]{0,50}(?:$|[.!?;]|\b(?:in\s+(?:the|a)\s+(?:\w+\s+)?(?:door|drawer|window|lid)|back|until|when\s+i|so\s+(?:hard|that)|on\s+purpose|and\s+(?:held|laughed|wouldn't|twisted|it\s+(?:bled|bruised|swelled)))\b))",
            SafetyRuleChecks.Force);

        // "he spat at me", "she threw a glass at me", "he threw his phone at my head".
        yield return Rule([Violence],
            $@"\b(?<v>spat|spit(?:s|ting)?|threw|throw(?:s|ing|n)?|hurl(?:s|ed|ing)?|lunged|lunges|came|comes|swung|swings|charged|went\s+for|goes\s+for)\s+(?:[a-z']+\s+){{0,5}}?(?:at|on|in|towards?)\s+(?:me|my\s+(?:face|head|body)|us|the\s+kids)\b",
            SafetyRuleChecks.Force);

        // "I was hit", "I got slapped", "I've been strangled"; not "hit by a car" or "hit with a fine".
        yield return Rule([Violence],
            @"\bi(?:'ve|ve|\s+have|'d|\s+had)?\s+(?:was|got|been|get|keep\s+getting)\s+(?<v>hit|punched|slapped|smacked|kicked|choked|strangled|beaten(?:\s+up)?|beat\s+up|attacked|assaulted|raped|molested|stabbed|bitten|burned|burnt|thrown\s+(?:against|into|down|across|onto|out)|pushed\s+(?:against|into\s+(?:a|the)\s+wall|down|over)|shoved|dragged\s+(?:by|across|along)|pinned\s+(?:down|against))\b"
            + @"(?!\s+(?:by\s+(?:a|an|the)\s+(?:\w+\s+)?(?:car|bus|ball|bike|van|truck|lorry|wave|cold|flu|virus|bug|storm|taxi|cyclist|train|door|branch|tree|tile|brick|stone|rock|hailstone|drone|bird)|with\s+(?:a|an|the|another)\s+(?:\w+\s+){0,2}?(?:bill|fine|cold|flu|virus|bug|charge|fee|ticket|invoice|penalty)|on\s+the\s+head\s+by|for\s+six|by\s+the\s+(?:news|realisation|realization)))",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        // "his hands around my throat", "he put his hands on me", "left bruises", "gave me a black eye".
        yield return Rule([Violence],
            @"\b(?<v>hands?)\s+(?:a?round|on|over)\s+(?:my\s+(?:neck|throat|mouth)|me(?=\s*(?:[.!?,;]|$|again|in\s+anger|when|and)))"
            + @"|\b(?<v>(?:left|leaves|leaving|gave\s+me|give\s+me|gives\s+me))\s+(?:a\s+|me\s+)?(?:bruises?|marks|a\s+mark|a\s+black\s+eye|black\s+eyes|a\s+split\s+lip|a\s+fat\s+lip|a\s+bloody\s+nose|scratches|welts|a\s+concussion)"
            + $@"|\b(?<v>bruises?|black\s+eyes?|a\s+split\s+lip)\s+(?:on|all\s+over|around)\s+my\s+{Body}"
            + @"|\b(?<v>(?:he|she|they|you|my\s+\w+)\s+(?:broke|fractured|cracked|dislocated))\s+my\s+(?:arm|wrist|nose|ribs?|jaw|finger|fingers|collarbone|cheekbone|eye\s+socket)",
            SafetyRuleChecks.Act);

        // "held me down", "holds me against the wall", "sat on me", "held me by the throat".
        yield return Rule([Violence],
            @"\b(?<v>(?:held|holds|holding|hold|sat|sits|sitting|kneel(?:s|ed|ing)?|knelt)\s+(?:me\s+(?:down|against|by\s+the|under|in\s+a\s+headlock|so\s+(?:tight|hard)\s+(?:i|it))|on\s+(?:top\s+of\s+)?me\b(?=\s*(?:[.!?,;]|$|so|until|and|while))))",
            SafetyRuleChecks.Force);

        // "he blocked the door", "she wouldn't let me leave the room", "locked me in the bedroom".
        yield return Rule([Violence],
            @"\b(?<!\b(?:dog|cat|puppy|snow|car|van|truck|lorry|delivery|parcel|box|boxes|furniture|sofa|bin|bins|tree|traffic|crowd|police|bouncer|security|guard|kids?|baby|toddler|fridge|wardrobe)\s+)(?<v>block(?:s|ed|ing)?|stood\s+in|stands\s+in|standing\s+in|barricad(?:e|es|ed|ing))\s+(?:the|my)\s+(?:door|doorway|way\s+out|exit|path|way|stairs|car\s+door)\b"
            + @"|\b(?<v>(?:wouldn't|wouldnt|would\s+not|won't|wont|will\s+not|didn't|didnt|did\s+not|doesn't|doesnt|does\s+not|refused\s+to|refuses\s+to)\s+let)\s+me\s+(?:leave|go|out|get\s+out|get\s+past|escape)(?:\s+(?:of\s+)?(?:the|our|my|his|her)\s+(?:room|house|flat|apartment|car|bedroom|bathroom|kitchen|home))?(?=\s*(?:[.!?,;]|$|until|when|and|so|even))"
            + @"|\b(?<v>lock(?:s|ed|ing)?)\s+me\s+(?:in|inside)\b(?!\s+(?:a|the)\s+(?:deal|contract|plan))",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        // "he is violent", "she gets violent when she drinks", "he tried to kill me", "physically hurt me".
        yield return Rule([Violence],
            $@"\b{Who}{Aux}\s+(?:(?:is|are|was|were|'s|'re|gets?|got|getting|became|becomes|can\s+be|turned|turns|has\s+been|have\s+been)\s+)?{Soft}(?<v>violent|physical\s+with\s+me|rough\s+with\s+(?:me|the\s+kids))\b"
            + $@"|\b{Who}{Aux}\s+(?<v>(?:gets|got|getting|became|becomes|turned|turns|can\s+get)\s+(?:really\s+|very\s+)?physical)\b(?!\s+(?:therapy|exercise|activity|work|training))"
            + @"|\b(?<v>tried|tries|trying|attempted|threatened)\s+to\s+(?:kill|strangle|choke|drown|suffocate|smother|run\s+me\s+over|stab|shoot|poison)\s+me\b"
            + @"|\b(?<v>physically)\s+(?:hurt|harmed|harms|hurts|abused|abuses|attacked|assaulted|forced|restrained|violent|abusive|stopped|threw|pushed)\b"
            + @"|\b(?<v>hurt|hurts|hurting|harmed|harms|harming)\s+me\s+(?:physically|so\s+badly\s+that|on\s+purpose\s+with)\b"
            + @"|\b(?<v>domestic\s+(?:violence|abuse)|physical\s+abuse|sexual\s+(?:abuse|assault|violence)|abusive\s+(?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|ex))\b"
            + @"|\b(?<v>forc(?:ed|es|e|ing)|pressur(?:ed|es|ing)|coerc(?:ed|es|ing))\s+(?:me\s+)?(?:into\s+|to\s+)?(?:have\s+sex|having\s+sex|sex|sleep\s+with\s+(?:him|her|them)|sexual|(?:him|her)self\s+on\s+me)\b"
            + @"|\b(?<v>abus(?:e|es|ed|ing))\s+me\b(?!\s+(?:of|for)\b)|\b(?<v>being\s+abused|been\s+abused|get\s+abused)\b",
            SafetyRuleChecks.Act);
    }

    // Words before a force verb that mean it is not a person doing it: "it hit me", "the news hit me hard".
    private static readonly HashSet<string> NotAPersonDoing = Set(
        "it", "this", "that", "which", "what", "reality", "news", "truth", "realisation", "realization", "thought", "idea",
        "wave", "grief", "guilt", "everything", "something", "nothing", "ball", "car", "bus", "bike", "door", "dog", "cat",
        "puppy", "mosquito", "mosquitoes", "bug", "bugs", "life", "sun", "i", "words", "said", "says", "comment", "remark",
        "look", "message", "text", "letter", "song", "film", "movie", "memory", "memories", "moment", "question", "answer",
        "cold", "flu", "virus", "pain", "tiredness", "exhaustion", "fatigue", "loneliness", "anxiety", "depression", "stress",
        "work", "job", "boss", "baby", "toddler", "kid", "son", "daughter", "kids", "horse", "snake", "spider", "wasp", "bee",
        "branch", "wind", "pan", "oven", "iron", "kettle", "traffic", "we", "accidentally", "accidently", "a", "hunger",
        "dad", "father", "mum", "mom", "mother", "stepdad", "stepfather", "stepmum", "stepmom", "stepmother", "parents",
        "teacher", "coach", "brother", "sister", "grandad", "grandpa", "uncle", "aunt",
        "nan", "nana", "gran", "granny", "grandma", "grandmother", "grandfather", "auntie", "cousin", "niece", "nephew",
        "mummy", "daddy", "sis", "friend", "friends", "bestie", "mates", "manager", "colleague", "colleagues", "neighbour",
        "neighbor", "therapist", "counsellor", "counselor", "doctor", "nurse", "carer", "children", "child", "teenager");

    // Something hard a person is thrown or shoved into: "into the wall", "into the kitchen counter", "into the car door".
    private const string HardThing =
        @"(?:a|the|his|her|their|our|my)\s+(?:\w+\s+)?(?:wall|door|doorframe|table|counter|worktop|fridge|floor|ground|stairs|banister|railings?|mirror|cupboard|wardrobe|bookcase|bookshelf|shelf|shelves|dresser|desk|chair|sofa|bed|bath|sink|radiator|window|glass|fence|car|cooker|oven|tv|television)(?:s|es)?\b";

    private static readonly Regex OrdinaryForceAfter = Compile(
        @"^\s*(?:up\b|with\s+(?:(?:a|an|the|his|her|their|your|this|that|some|one|another)\s+(?:\w+\s+)?(?:questions?|bills?|fines?|facts?|truth|news|ideas?|requests?|surprises?|proposals?|jokes?|comments?|remarks?|looks?|smiles?|compliments?|reality|demands?|lists?|suggestions?|offers?|ultimatums?|accusations?|cold|virus|bug|flu|charges?|fees?|tickets?|invoices?|quotes?|deadlines?|tasks?|chores?|plans?|bombshell|news)\b|it\b|that\b|this\b|everything\b|all\s+(?:of\s+)?(?:it|that|this)\b)"
        + @"|at\s+(?:chess|cards|tennis|golf|pool|scrabble|monopoly|everything|games?|running|it)|to\s+(?:it|the|a)\b|home\b|there\b|in\s+(?:the\s+)?(?:race|game|argument|debate)|back\s+(?:home|to)"
        + @"|out\b(?!\s+(?:of\s+)?(?:the|a|his|her|our|my|their)\s+(?:car|door|front\s+door|back\s+door|house|bed|window|flat|room|van|moving)|\s+of\s+bed\s+(?:onto|on\s+to|and\s+onto|to)\s+the\s+floor)|away\b|too\s+far|aside|forward|along|under\s+the\s+table|in\s+the\s+back|(?:a|an|some|one)\s+(?!(?:few|couple|number|lot|bit|second|third|fourth|fifth|single|hundred|dozen|handful)\b|(?:more|last)\s+time)|coffee|tea|lunch|dinner|breakfast|food|something|for\s+a\s+loop|off\b"
        + @"|under\s+the\s+bus|into\s+(?!" + HardThing + @")|to\s+(?!the\s+(?:floor|ground|wall))\w+"
        + @"|harder|out\s+of\s+my\s+comfort|like\s+a\s+(?:ton|truck|brick)|hard\s+(?:when|that|how)|leg\b|by\s+surprise|in\s+the\s+feels|where\s+it\s+hurts|emotionally|my\s+buttons)");

    private static readonly Regex BlowLanded = Compile(
        @"^\s*(?:in|on|across)\s+the\s+(?:back|stomach|belly|gut|face|head|ribs|chest|side|mouth|neck|throat|groin|legs?|arms?|shins?|eyes?|nose|jaw|kidneys?|temple|spine)\b");

    private static bool AcceptForce(Match m)
    {
        var verb = m.Groups["v"].Value.ToLowerInvariant();
        var after = m.Groups["after"].Value;
        var body = m.Groups["body"].Success;
        if (verb is "hurt" or "hurts" or "hurting")
        {
            // "he hurt me" is most often about feelings; only a body part or a physical word makes it force.
            return body && !Regex.IsMatch(after, @"^\s*(?:feelings|pride|ego)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (verb.StartsWith("pull", StringComparison.Ordinal) || verb.StartsWith("yank", StringComparison.Ordinal) || verb.StartsWith("ram", StringComparison.Ordinal)
            || verb.StartsWith("twist", StringComparison.Ordinal) || verb.StartsWith("squeez", StringComparison.Ordinal)
            || verb.StartsWith("elbow", StringComparison.Ordinal) || verb.StartsWith("drag", StringComparison.Ordinal)
            || verb.StartsWith("shak", StringComparison.Ordinal) || verb == "shook" || verb.StartsWith("slam", StringComparison.Ordinal)
            || verb.StartsWith("pin", StringComparison.Ordinal))
        {
            // "pulled my hair", "twisted my wrist", "dragged me by the arm", "shook me hard", "pinned me down";
            // not "pulled my leg", "twisted my arm into going", "dragged me to a party", "shook me to the core".
            if (body)
            {
                return !Regex.IsMatch(m.Groups["body"].Value + after, @"^(?:leg\b|arm\s+(?:into|to)\b|hand\b)", RegexOptions.IgnoreCase, MatchTimeout);
            }

            return Regex.IsMatch(after, @"^\s*(?:into\s+" + HardThing + @"|by\s+(?:the|my)|in\s+(?:the|a)\s+(?:\w+\s+)?(?:door|drawer|window)|across|along\s+the|down\b|against|hard|so\s+hard|violently|until|to\s+the\s+(?:floor|ground|bed|wall)|onto\s+the\s+(?:floor|ground|bed|sofa|couch)\b|out\s+of\s+(?:the\s+)?(?:bed|car|house|room))", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (verb.StartsWith("beat", StringComparison.Ordinal) && Regex.IsMatch(after, @"^\s*up\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return true;
        }

        if (verb.StartsWith("beat", StringComparison.Ordinal) && Regex.IsMatch(after, @"^\s*(?:at\s+(?!home\b)|in\s+(?:the|a)\s+(?:quiz|race|game|match|final|vote))", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return false;
        }

        // "kicked me in the back", "punched me in the stomach": where the blow landed makes it a blow; of
        // these only "stabbed me in the back" is also an idiom.
        if (!body && !verb.StartsWith("stab", StringComparison.Ordinal) && BlowLanded.IsMatch(after))
        {
            return true;
        }

        if (!body && OrdinaryForceAfter.IsMatch(after))
        {
            return false;
        }

        // "grabbed my hand and we ran", "bit my lip", "hit my head on the cupboard" (no one else in it).
        return !(body && Regex.IsMatch(m.Groups["body"].Value, @"^(?:fingers?|lips?)$", RegexOptions.IgnoreCase, MatchTimeout) && verb.StartsWith("bit", StringComparison.Ordinal));
    }

    // ---- threats ---------------------------------------------------------------------------------

    private const string SelfHarm =
        @"(?:kill|hurt|harm|hang|cut|shoot|end|drown|starve)\s+(?:him|her|them|your)sel(?:f|ves)|jump\s+(?:off|from|in\s+front\s+of)\s+(?:a|the)\s+(?:bridge|building|roof|cliff|train|car|lorry|truck|balcony)|(?:take|took|taking)\s+(?:an?\s+)?overdose|overdose|(?:crash|drive)\s+(?:his|her|their|the)\s+car\s+(?:into|off)|end\s+(?:his|her|their|your)\s+(?:own\s+)?life|end\s+it\s+all|commit\s+suicide|take\s+(?:his|her|their|your)\s+(?:own\s+)?life|(?:do|does)\s+something\s+stupid";

    private static IEnumerable<SafetyRule> ThreatRules()
    {
        // "he threatened me", "she threatens to take the kids", "threatening to post my photos", "threatened suicide".
        yield return new SafetyRule([Threat],
            Compile(@"\b(?<v>threat(?:en|ens|ened|ening)|threats?)\b(?<rest>\s+(?:me|us|my|our|the\s+kids|the\s+children|to\s+[a-z]+(?:\s+[a-z']+){0,3}|that\s+[a-z']+(?:\s+[a-z']+){0,3}|suicide|self-harm|violence|with\s+[a-z]+(?:\s+[a-z]+)?|of\s+violence|against\s+me|if|when|again|and|[.!?,;]|$)|\s*$)?"),
            SafetyRuleChecks.Negation,
            AcceptThreat);

        // "he said he'd kill me", "she told me I'd never see the kids again", "says he will ruin me if I go",
        // "nobody would ever find my body", "I'd never see my family again", "he'd have me sectioned".
        yield return SpokenThreat(
            $@"\b(?<v>said|says|say|reckons|reckoned|told\s+me|tells\s+me|texted(?:\s+me)?|texts(?:\s+me)?|keeps\s+(?:messaging|texting|writing)(?:\s+me)?|messages(?:\s+me)?|wrote|writes|screamed|yelled|shouted|swore|swears|warned\s+me|keeps\s+saying|has\s+said|promised|messaged(?:\s+me)?)(?:\s+(?:saying|to\s+say))?\s+(?:(?:more\s+than\s+once|again|before|many\s+times|repeatedly|to\s+me|to\s+my\s+face|over\s+and\s+over|in\s+front\s+of\s+the\s+kids|one\s+day|someday|some\s+day|one\s+of\s+these\s+days|calmly|quietly)\s+)?(?:that\s+)?(?:if\s+[^.!?;]{{1,40}}?,?\s+)?"
            + $@"(?:he|she|they|you|i|no\s*one|nobody|my\s+(?:\w+\s+)?{People}|the\s+(?:kids|children))(?:'d|d|'ll|ll|\s+would|\s+will|\s+is\s+going\s+to|'s\s+going\s+to|\s+was\s+going\s+to|\s+were\s+going\s+to|\s+are\s+going\s+to|\s+gonna|\s+could|\s+wouldn't|\s+won't)\s+"
            + @"(?:(?:never|ever|actually|really|just|make\s+sure|come\s+(?:round|over|here|back|to\s+\w+)\s+and|find\s+me\s+and)\s+)*"
            + @"(?:throw\s+acid|(?:bash|belt|slap|punch|smash|glass|deck|strangle)\s+(?:me|my|us|the\s+kids)|sort\s+me\s+out|teach\s+me\s+a\s+lesson|deal\s+with\s+me|get\s+me\s+back|finish\s+me|end\s+me|show\s+me\s+what\s+happens|(?:kill|hurt|hit|harm|beat|destroy|ruin|burn|strangle|shoot|stab|beat\s+up)\s+(?:me|us|you|the\s+(?:kids|children|baby|house|dog|cat)|my|our|your|him|her|them|anyone|everyone|everybody|whoever)|break\s+my|find\s+me|come\s+after|hunt\s+me|take\s+(?:the|my|our)\s+(?:kids|children|son|daughter|baby|house|money)"
            + @"|see\s+(?:the|my|our)\s+(?:kids|children|son|daughter|baby)\s+again|suffer|get\s+hurt|be\s+the\s+ones?\s+(?:who|that)\s+(?:suffer|pays?|get\s+hurt)|get\s+(?:full\s+)?custody|never\s+see\s+(?:the|my|our)\s+(?:\w+\s+)?(?:kids|children|son|daughter|baby|family|mum|mom|parents)|disappear|vanish|go\s+missing|make\s+sure\s+(?:nobody|no\s*one|no\s+(?:man|woman|one\s+else))\s+(?:\w+\s+)?(?:recogni[sz]es?|wants?|looks\s+at|touches|fancies)\s+(?:me|you|my|your)|rearrange\s+(?:my|your)\s+face|never\s+be\s+found|look\s+for\s+(?:me|you)|better\s+watch\s+(?:my|your|what\s+happens)|(?:see|find\s+out)\s+what\s+happens\s+to\s+(?:me|you|my|your|the\s+(?:kids|children))|make\s+sure\s+(?:the\s+(?:kids|children)|they|my\s+\w+|everyone)\s+(?:all\s+)?(?:hate|never|don't|won't|turn|think)|turn\s+(?:the\s+(?:kids|children)|everyone|my\s+\w+|them)\s+against\s+me|make\s+(?:me|my\s+life|sure\s+i)|regret(?!\s+(?:not\b|missing|skipping|it\s+if\s+(?:i|you)\s+(?:don't|didn't|do\s+not)\s+(?!(?:come|get)\s+(?:back|home|here)|answer|pick\s+up|reply|do\s+(?:what|as)|listen|obey|stop|drop)))|pay\b|be\s+sorry|post|share|send|leak|report\s+me|get\s+me\s+(?:deported|fired|sacked|arrested)"
            + @"|call\s+(?:immigration|the\s+police|social\s+services)|tell\s+(?:everyone|everybody|my\s+(?:family|boss|parents|employer))|out\s+me|expose|end\s+up\s+(?:in\s+(?:hospital|a\s+hospital|a\s+ditch|the\s+ground|a\s+box|a\s+body\s+bag|a\s+wheelchair)|dead|hurt|six\s+feet\s+under)|lose\s+(?:the|my|our)\s+(?:kids|children|son|daughter|baby|house|home|visa)|never\s+get\s+(?:the|my|our)\s+(?:kids|children)|" + SelfHarm
            + @"|find\s+(?:my|your|the)\s+body|find\s+(?:me|you)\s+(?:again|alive|in\s+time)|know\s+where\s+(?:i|you)\s+(?:went|was|were|am|are|'d\s+gone)|hear\s+from\s+(?:me|you)\s+again"
            + $@"|see\s+(?:my|your|our)\s+(?:\w+\s+)?{People}\s+again|(?:have|get)\s+(?:me|you)\s+(?:sectioned|committed|locked\s+up|put\s+away|deported|arrested|sacked|fired)|(?:have|get)\s+(?:the|my|our|your)\s+(?:kids|children|baby|son|daughter)\s+taken"
            + @"|(?:smash|wreck|trash|torch|slash|key|sell|burn|destroy|dump|bin|get\s+rid\s+of)\s+(?:all\s+)?(?:my|your)\s+(?:car|tyres|tires|things|stuff|clothes|belongings|flat|house|business|shop|phone|laptop|photos))\b",
            SafetyRuleChecks.Negation);

        // A threat told as what follows an act: "my ex says he'll turn up at my work and I'll be sorry", "she said she'd
        // come round and then I'd find out", "he'll tell my boss and I'll regret it".
        yield return SpokenThreat(
            $@"\b(?:said|says|told\s+me|tells\s+me|warned\s+me|warns\s+me|texted|texts|messaged|messages|keeps\s+saying|keeps\s+telling\s+me|threatened|threatens|swore|swears|promised)\s+(?:that\s+)?(?:he|she|they|you)(?:'ll|ll|'d|d|\s+will|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|\s+was\s+going\s+to|\s+are\s+going\s+to|\s+gonna)\s+[^.!?;]{{1,60}}?\b(?:and|then)\s+(?:then\s+)?(?:i|you|we)(?:'ll|ll|'d|d|\s+will|\s+would)\s+(?:really\s+|all\s+)?(?<v>be\s+sorry|regret\s+it|regret\s+(?:ever|leaving|this|that)|pay(?:\s+for\s+it)?|learn\s+(?:my|your|our)\s+lesson|see\s+what\s+happens|know\s+about\s+it|find\s+out\s+what\s+happens|get\s+what's\s+coming|wish\s+(?:i|you|we)\s+(?:had|hadn't|never|was|were))\b",
            SafetyRuleChecks.Negation);

        // Escalation and reach: "he said next time he won't stop", "she reminded me she knows where my sister lives", "he
        // texted that he knows where I work now".
        yield return SpokenThreat(
            $@"\b(?:said|says|told\s+me|tells\s+me|warned\s+me|warns\s+me|whispered|hissed|texted(?:\s+me)?|messaged(?:\s+me)?|reminded\s+me|reminds\s+me|keeps\s+reminding\s+me|made\s+sure\s+i\s+knew)\s+(?:that\s+)?(?:"
            + @"(?<v>next\s+time)\s*,?\s+(?:he|she|they|you|i)(?:'ll|ll|'d|d|\s+will|\s+would|\s+won't|\s+wouldn't|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?:not\s+)?(?:stop|hold\s+back|go\s+easy|be\s+(?:so\s+)?(?:nice|gentle|kind|lucky|careful)|miss|finish\s+(?:it|the\s+job)|really\s+hurt|kill|not\s+be\s+(?:so\s+)?(?:nice|gentle|lucky))"
            + $@"|(?:he|she|they)\s+(?:knows?|found\s+out|has\s+found\s+out)\s+(?<v>where\s+(?:(?:my|your|our)\s+(?:\w+\s+)?(?:{People}|kids?|son|daughter)\s+(?:lives?|live|works?|goes\s+to\s+school|go\s+to\s+school|stays?)"
            + @"|i(?:'m|\s+am)?\s+(?:live|living|work|working|stay|staying|sleep|sleeping|park|go\s+to\s+(?:the\s+)?(?:gym|work|school|church)|am\s+now|'m\s+now))))\b",
            SafetyRuleChecks.None);

        // Turning up as a lever: "he'll turn up at my work if I don't come home", "she says she'll come round if I block her".
        yield return SpokenThreat(
            $@"\b(?:he|she|they|my\s+{Noun})(?:'ll|ll|'d|d|\s+will|\s+would|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?<v>(?:turn|show)\s+up|come\s+(?:round|over|looking)|be\s+waiting)\b[^.!?;]{{0,40}}?\bif\s+i\s+(?:don't|do\s+not|dont|won't|refuse|block|ignore|leave|stop|go|try|tell)\b",
            SafetyRuleChecks.Negation);

        // A threat quoted first and its speaker after: "'You'll be sorry,' he texted", "'Watch your back,' my ex messaged".
        yield return SpokenThreat(
            $@"[""']\s*(?<v>(?:you|u)(?:'ll|ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+are\s+gonna)\s+(?:(?:really|so)\s+)?(?:be\s+sorry|regret\s+(?:this|it|that)|pay(?:\s+for\s+(?:this|that|it))?|get\s+what's\s+coming(?:\s+to\s+you)?|see\s+what\s+happens|learn\s+your\s+lesson)"
            + @"|watch\s+your\s+back|(?:nobody|no\s*one)\s+(?:will|would|'ll|'d)\s+(?:ever\s+)?find\s+(?:you|your\s+body)|you(?:'re|\s+are)\s+dead|this\s+(?:isn't|is\s+not)\s+over|i\s+know\s+where\s+you\s+(?:live|work|are|sleep))\s*[,.!]*\s*[""']"
            + $@"\s*(?:[\w']+\s+){{0,4}}?(?:he|she|they|my\s+{Noun})\s+(?:\w+\s+)?(?:said|says|texted|texts|messaged|wrote|whispered|hissed|shouted|screamed|yelled|told\s+me|warned|snarled|growled)\b",
            SafetyRuleChecks.None);

        // "nobody would ever find your body", "they'll be digging your grave": a death threat told through what comes after.
        yield return new SafetyRule([Threat], Compile(
            @"\b(?:no\s*one|nobody|they|the\s+police|anyone|you|people)(?:'ll|ll|'d|d|\s+will|\s+would|\s+won't|\s+wouldn't|\s+could|\s+couldn't)\s+(?:ever\s+|never\s+)?(?<v>find\s+(?:my|your)\s+body|find\s+(?:my|your)\s+remains)\b"
            + @"|\b(?<v>(?:dig|digging|dug)\s+(?:my|your)\s+(?:own\s+)?grave|(?:bury|dump|hide)\s+(?:my|your)\s+body)\b"),
            SafetyRuleChecks.None, // "they'd never find my body": the "never" is the threat.
            m => NotAJokingThreat(m) && !Regex.IsMatch(Before(m, 30), @"\b(?:i|i'm|im|we|we're)\s+(?:\w+\s+){0,3}$", RegexOptions.IgnoreCase, MatchTimeout));

        // "if I leave he'll kill himself", "he'll hurt himself if I go", "she says she'll end it all".
        yield return Rule([Threat],
            $@"\b{Who}(?:'ll|ll|'d|d|\s+will|\s+would|\s+might|\s+could|\s+is\s+going\s+to|'s\s+going\s+to|\s+are\s+going\s+to|\s+gonna|\s+said|\s+says|\s+keeps\s+saying|\s+threaten\w*)[^.!?;]{{0,40}}?\b(?<v>{SelfHarm})\b",
            SafetyRuleChecks.Negation);

        // "if I leave, he'll take the kids", "if I ever tell anyone she will ruin me", "if I go he'll find me".
        yield return Rule([Threat],
            @"\bif\s+i\s+(?:ever\s+)?(?<v>leave|left|go|went|tell\s+(?:anyone|anybody|someone|my\s+\w+)|told\s+(?:anyone|anybody|someone)|call(?:ed)?\s+the\s+police|report\s+(?:him|her|them)|break\s+up|end\s+(?:it|things)|divorce|try\s+to\s+leave)"
            + $@"(?:\s+{Whom})?\s*,?\s*(?:then\s+)?{Who}(?:'ll|ll|'d|d|\s+will|\s+would|\s+is\s+going\s+to|\s+says\s+(?:he|she|they)(?:'ll|\s+will)|\s+said\s+(?:he|she|they)(?:'d|\s+would))\s+"
            + @"(?:(?:make\s+sure|never\s+let|just|actually)\s+)*(?:kill|hurt|take|ruin|destroy|find|come\s+after|hunt|make\s+me|make\s+my\s+life|never\s+let\s+me|report|tell|post|share|stop\s+me|get\s+me|lose|leave\s+me\s+with\s+nothing|cut\s+me\s+off)",
            SafetyRuleChecks.None);

        // "I'd better watch my back", "something bad will happen to me if I talk", "you'll be sorry".
        yield return Rule([Threat],
            $@"\b(?<v>(?:said|says|told\s+me|tells\s+me|warned\s+me|texted|messaged|keeps\s+(?:saying|telling\s+me))\s+(?:that\s+)?(?:i'd|i\s+had|i|you'd|you)\s+(?:better|should)\s+watch\s+(?:my|your|my\s+own)\s+back)\b"
            + @"|\b(?<v>something\s+(?:bad|terrible|awful|nasty)\s+(?:will|would|is\s+going\s+to|could)\s+happen\s+to\s+(?:me|you|us|the\s+kids|my\s+(?:family|kids|children|mum|mom)))\b(?=[^.!?;]{0,40}\bif\b|\s*(?:[.!?,;]|$))"
            + $@"|\b{Who}(?:'ll|ll|'d|d|\s+will|\s+would)\s+(?<v>cut|stab|shoot|glass|acid)\s+me\b",
            SafetyRuleChecks.Negation);

        // "death threats", "threatening texts", "he made threats".
        yield return Rule([Threat],
            @"\b(?<v>death\s+threats?|threatening\s+(?:messages?|texts?|voicemails?|emails?|letters?|calls?|notes?)|made\s+threats|making\s+threats|his\s+threats|her\s+threats|their\s+threats|your\s+threats)\b",
            SafetyRuleChecks.Negation);
    }

    // "she said she'll kill me if I tell anyone the ending haha": a stock "kill me" with a joke marker, from a relative or
    // a friend, is a figure of speech. A joke marker never excuses a threat tied to leaving, the police or the children.
    private static readonly Regex JokeMarker = Compile(
        @"(?:\b(?:ha(?:ha)*|he(?:he)+|lol|lmao|rofl|jk|j/k|just\s+kidding|only\s+kidding|kidding|only\s+joking|joking|jokingly|as\s+a\s+joke|in\s+jest|teasing|playfully|obviously\s+(?:joking|kidding))\b|\p{Cs})");

    private static readonly Regex SeriousCondition = Compile(
        @"\b(?:leave|leaving|left|divorce|break\s+up|go\s+to\s+the\s+police|call(?:ed)?\s+the\s+police|report|cheat|cheated|kids|children|custody|tell\s+(?:anyone|anybody|someone)\s+(?:about\s+(?:us|him|her|them|what|this)|what)|solicitor|lawyer|refuge)\b");

    // Someone in the person's life who is not the partner: "my sister", "our little boy", "the coach".
    private const string SomeoneElse =
        @"(?:my|our|the)\s+(?:(?:best|big|little|older|younger|oldest|youngest|twin|step|eldest)\s+)?(?:sister|brother|mum|mom|mother|dad|father|parents|gran|nan|grandma|granny|grandad|grandpa|aunt|auntie|uncle|cousin|friend|friends|mate|mates|bestie|boss|manager|coach|teacher|son|daughter|kids?|child|children|toddler|niece|nephew|colleague|flatmate|roommate)";

    private static readonly Regex SomeoneElseNamed = Compile($@"\b{SomeoneElse}\b");

    private static readonly Regex NotAPartnerSpeaking = Compile(
        $@"\b(?:{SomeoneElse}|(?:my|our|the)\s+(?:school|college|uni|gym|club|company|work|office|council|landlord|landlady|doctor|gp|church|team))(?:'s\s+\w+)?\s+(?:\w+\s+){{0,2}}$|^\s*(?:mum|mom|dad|nan|gran|grandma|grandad|sis)\s+(?:\w+\s+){{0,2}}$");

    private static readonly Regex TreatCondition = Compile(
        @"\bif\s+i\s+(?:ever\s+)?(?:ate|eat|eaten|finish(?:ed)?|touch(?:ed)?|took|take|drink|drank|steal|stole|nick(?:ed)?|pinch(?:ed)?)\s+(?:the\s+)?(?:last|her|his|their|any\s+more|another)\b");

    private static bool NotAJokingThreat(Match m)
    {
        var sentence = SentenceOf(m);
        if (NotAPartnerSpeaking.IsMatch(Before(m, 40)))
        {
            return false;
        }

        // "she said I'd be sorry if I ate the last Tim Tam": a warning over a treat is teasing, not a threat.
        if (TreatCondition.IsMatch(sentence) && !SeriousCondition.IsMatch(sentence))
        {
            return false;
        }

        if (TrivialStakes.IsMatch(sentence) && Regex.IsMatch(m.Value, @"\b(?:be\s+sorry|regret)\b", RegexOptions.IgnoreCase, MatchTimeout)
            && !SeriousCondition.IsMatch(sentence))
        {
            return false; // "she said I'd be sorry if I skipped the final episode": a friendly warning about a treat.
        }

        return !(JokeMarker.IsMatch(sentence)
                 && Regex.IsMatch(m.Value, @"\b(?:kill|murder|strangle|throttle|end|finish|find\s+(?:my|your)\s+body|be\s+sorry|regret|pay|grave)\b", RegexOptions.IgnoreCase, MatchTimeout)
                 && !SeriousCondition.IsMatch(sentence));
    }

    // Missing a treat: a show, a match, a meal, a party.
    private static readonly Regex TrivialStakes = Compile(
        @"\bif\s+i\s+(?:\w+\s+)?(?:miss(?:ed)?|skip(?:ped)?|(?:didn't|don't|do\s+not|did\s+not|never)\s+(?:try|tried|watch|watched|see|come\s+to))\s+(?:\w+\s+){0,3}?(?:finale|episode|series|show|film|movie|match|game|fireworks|concert|gig|party|curry|cake|dessert|dish|recipe|ending|sale|quiz|trailer|season|book|band)s?\b");

    // "threatened to leave", "it threatened to rain", "threatened by her success": not a threat by the partner against the person.
    private static bool AcceptThreat(Match m)
    {
        var rest = m.Groups["rest"].Value;
        if (Regex.IsMatch(m.Value, @"^threatened\b", RegexOptions.IgnoreCase, MatchTimeout)
            && Regex.IsMatch(Before(m, 30), @"\b(?:feel|felt|feeling|am|'m|was|get|got|be|been)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return false; // "I felt threatened" is read by the fear rules, where its context is judged.
        }

        if (Regex.IsMatch(Before(m, 30), @"\b(?:it|rain|weather|storm|fire|job|jobs|company|strike|union|boss|school|landlord|council|bank|i|we|sister|brother|mum|mom|dad|gran|nan|grandma|granny|grandad|grandpa|aunt|auntie|uncle|cousin|friend|mate|son|daughter|kid|kids|cat|dog|baby|toddler|teacher|coach|neighbou?r|niece|nephew)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return false;
        }

        return !Regex.IsMatch(rest,
            @"^\s+(?:to\s+(?:(?:bake|cook)\s+(?:another|a|more|his|her)\b|eat\s+(?!(?:me|us)\b)|learn|take\s+up|watch|binge|redecorate|grow\s+(?:a\s+)?(?:beard|moustache|mustache)|dye\s+(?:his|her|their)\s+hair|shave\s+(?:his|her|their)\s+head|buy\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:a|an|another)\s+(?!(?:\w+\s+)?(?:gun|knife|rifle|shotgun|pistol|weapon|crossbow)\b)|get\s+(?:a|an|another)\s+(?:dog|cat|puppy|kitten|tattoo|piercing|motorbike|drum\s+kit|hot\s+tub|camper\s*van|boat|parrot)\b|(?:finish|steal|nick|pinch|hide)\s+(?:all\s+)?(?:my|the|our)\s+(?:last\s+)?(?:\w+\s+)?(?:chips|fries|food|dessert|pudding|cake|biscuits|cookies|chocolate|sweets|snacks|pizza|leftovers|seat|blanket|pillow|hoodie|spot|remote)|tickle|sing|dance|make\s+me\s+(?:watch|listen\s+to|eat|try|sit\s+through|go\s+to|dance|sing|wear\s+matching)|spoil\s+the\s+(?:ending|film|movie|show|book|surprise)|leave(?!\s+me\s+with\s+nothing)|break\s+up|end\s+(?:it|things|the\s+relationship|us)|divorce|move\s+out|quit|cancel|resign|sue|rain|spill|ruin\s+(?:the|our|my)\s+(?:day|trip|holiday|weekend|plans|evening|party|dinner)|stop\s+(?:talking|speaking)|walk\s+out|go\s+(?:home|back))|by\s+(?!(?:him|her|them|you)\b)|with\s+(?:redundancy|eviction|a\s+fine|legal|closure|a\s+lawsuit|the\s+sack|being\s+fired)|species|extinction)",
            RegexOptions.IgnoreCase, MatchTimeout);
    }

    // ---- intimidation ----------------------------------------------------------------------------

    private static IEnumerable<SafetyRule> IntimidationRules()
    {
        // "ripped the door off its hinges", "kicked the bedroom door in", "broke the door down".
        yield return Rule([Intimidation],
            @"\b(?<v>rip(?:s|ped)?|tore|tears|kick(?:s|ed)?|broke|breaks|smash(?:es|ed)?|bust(?:s|ed)?|put|puts|pull(?:s|ed)?|yank(?:s|ed)?)\s+(?:the|a|our|my|his|her)\s+(?:\w+\s+)?doors?\s+(?:off\s+(?:its|the)\s+hinges|in\b|down\b|open\b(?=[^.!?;]{0,20}\b(?:scream|yell|shout|after\s+me|to\s+get\s+(?:to|at)\s+me)))",
            SafetyRuleChecks.Force);

        // "walking on eggshells", "tiptoe around him", "I never know what will set her off".
        yield return Rule([Intimidation],
            $@"\b(?<!\b(?:class|team|office|staff|students|department|school|company|workplace|classroom|crew|squad)\s+(?:was|were|is|are|has\s+been|have\s+been|all)\s+)(?<v>walk(?:s|ed|ing)?\s+on\s+egg\s*-?shells(?!\s+(?:with|around)\s+(?:my|the|our)\s+(?:boss|manager|mum|mom|dad|parents|teacher|landlord|team|colleagues?|in-?laws|sister|brother|kids|teenager|supervisor|client|customers?)\b)(?![^.!?;]{{0,30}}\b(?:at\s+(?:work|school|the\s+office)|in\s+the\s+office|since\s+(?:the|his|her|my|our)\s+(?:[\w']+\s+)?(?:restructure|audit|review|warning|merger|layoffs?|redundancies|takeover|inspection)|until\s+the\s+(?:\w+\s+)?(?:results|review|audit|inspection|verdict|decision))\b)|tip\s*-?toe(?:s|d|ing)?\s+(?:a)?round\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:landmine|minefield|time\s*bomb|bomb|volcano)\b|{Whom}|(?:his|her|their|your|my\s+{Noun}'s)\s+(?:moods?|temper|anger|rages?|outbursts?|drinking|reactions?))"
            + $@"|brac(?:e|ed|ing)\s+myself\s+(?:when|whenever|every\s+time|before|for\s+when)\s+{Who}|on\s+tenterhooks\s+(?:around|with)\s+{Whom}"
            // "one wrong word and he explodes", "say the wrong thing and she goes ballistic": a small slip sets off the partner.
            + $@"|(?:one\s+wrong\s+(?:word|move|look|step|thing|answer|comment)|(?:the\s+)?(?:smallest|slightest|tiniest|littlest|least)\s+(?:thing|word|comment|mistake|noise|sound)|(?:say|do)\s+the\s+wrong\s+thing|put\s+a\s+foot\s+wrong)\b[^.!?;]{{0,25}}?\s(?:and|or|then)\s+{Who}(?:'s|'ll|\s+will)?\s+(?:just\s+|totally\s+)?(?:explodes?|blows?\s+up|goes\s+(?:off|ballistic|mental|crazy|nuts|berserk|for\s+me)|loses?\s+it|snaps?|erupts?|flips?(?:\s+out)?|kicks?\s+off|rages?|screaming|shouting|yelling|flies\s+(?:off\s+the\s+handle|into\s+a\s+rage))"
            + $@"|(?:set|sets|setting|sets)\s+{Whom}\s+off|careful\s+not\s+to\s+set\s+{Whom}\s+off|what\s+(?:mood|state)\s+{Who}(?:'ll|\s+will)?\s+(?:be|come\s+home)\s+in|careful\s+not\s+to\s+(?:upset|anger|provoke|set\s+off)\s+{Whom})\b",
            SafetyRuleChecks.Negation,
            m => !SomeoneElseNamed.IsMatch(m.Value));

        // "he punched the wall", "she put her fist through the door", "kicked a hole in the door", "slammed his fists on the table".
        yield return Rule([Intimidation],
            @"\b(?<v>punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|hit|hits|hitting|smash(?:es|ed|ing)?|bang(?:s|ed|ing)?|thump(?:s|ed|ing)?|put|puts|putting|pound(?:s|ed|ing)?|broke|breaks?|breaking)"
            + @"\s+(?:(?:a\s+hole|holes|dents?|a\s+dent)\s+in(?:to)?\s+|(?:his|her|their|your)\s+fists?\s+(?:through|into|on|against|in)\s+|down\s+|(?:right\s+)?(?:through|into|at)\s+)?"
            + @"(?:the|a|my|his|her|our|their|your)\s+(?:(?:bedroom|bathroom|kitchen|front|back|car|living\s+room|hall|hallway|passenger|side)\s+)?(?:wall|walls|door|doors|bedroom\s+door|bathroom\s+door|front\s+door|table|desk|steering\s+wheel|dashboard|windows?|windscreen|windshield|counter|mirror|cupboard|tv|television|fridge|headboard|furniture)\b"
            + @"|\b(?<v>slam(?:s|med|ming)?|bang(?:s|ed|ing)?|pound(?:s|ed|ing)?)\s+(?:his|her|their|your)\s+fists?\b"
            + @"|\b(?<v>(?:punch(?:es|ed)?|kick(?:s|ed)?|throw(?:s|ing)?|threw|smash(?:es|ed|ing)?|break(?:s|ing)?|broke|destroy(?:s|ed|ing)?|rip(?:s|ped)\s+up|tore\s+up|tears\s+up|snap(?:s|ped)|stamp(?:s|ed)\s+on|cut\s+up|cuts\s+up))\s+(?:things|stuff|objects|furniture|my\s+(?:things|stuff|belongings|clothes|photos|gifts|phone|laptop|glasses|books|jewellery|jewelry))\b",
            SafetyRuleChecks.Force);

        // "broke all the plates", "smashed every glass we own", "trashed the kitchen": destroying things around the person.
        yield return Rule([Intimidation],
            @"\b(?<v>smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|destroy(?:s|ed|ing)?|wreck(?:s|ed|ing)?|trash(?:es|ed|ing)?|broke|breaks|breaking|rip(?:s|ped)\s+up|tore\s+up)\s+(?:all|every|each|half|most)\s+(?:(?:of\s+)?(?:the|our|my|his|her|their)\s+)?(?:\w+\s+)?(?:plates?|glass(?:es)?|dishes|mugs?|cups?|bowls?|furniture|things|stuff|ornaments|pictures?|photos?|frames?|chairs?|lamps?|windows?|doors?|presents?|gifts?)\b"
            + @"|\b(?<v>smash(?:es|ed|ing)?|trash(?:es|ed|ing)?|wreck(?:s|ed|ing)?)\s+(?:up\s+)?(?:the|our|my)\s+(?:kitchen|house|flat|apartment|bedroom|living\s+room|room|place|home)\b"
            + @"|\b(?<v>smash(?:es|ed|ing)?|break(?:s|ing)?|broke|throw(?:s|ing)?|threw)\s+(?:the\s+)?(?:plates|glasses|dishes|mugs|cups|things|stuff|furniture)\s+(?:when|whenever|every\s+time|if)\s+(?:he|she|they|you)(?:'s|'re|\s+is|\s+are|\s+gets?|\s+got|\s+was|\s+were)\s+(?:\w+\s+)?(?:angry|mad|drunk|furious|upset|in\s+a\s+(?:mood|rage|temper))"
            + @"|\b(?<v>clench(?:es|ed|ing)?\s+(?:his|her|their|your)\s+fists?)\b(?=[^.!?;]{0,40}\b(?:at\s+me|in\s+my\s+face|without|over\s+me|when|and\s+(?:stared|glared|came|stood|leaned))|\s+at\s+me)"
            + @"|\b(?<v>(?:lean(?:s|ed)?|got|gets|shoved\s+(?:his|her|their)\s+face|put\s+(?:his|her|their)\s+face)\s+(?:right\s+)?(?:in|into|up\s+in)\s+my\s+face)\b",
            SafetyRuleChecks.Force);

        // Anger used to wear the person down: "my gf slams doors and screams until I give in", "he shouts for hours until I
        // say sorry", "slams the cupboards whenever I say no". Not a toddler screaming until they get a biscuit.
        yield return Rule([Intimidation],
            @"\b(?<v>(?:scream|shout|yell|rage|roar|bellow|swear|slam|bang|throw|smash|punch|kick|stare|glare|loom)(?:s|es|ed|ing)?(?:\s+(?:things|stuff|(?:the\s+)?(?:doors?|cupboards?|drawers|table|walls?)|at\s+me|in\s+my\s+face|and\s+(?:scream|shout|yell|swear|rage|slam|bang)(?:s|es|ed|ing)?))*)"
            + @"(?:\s+[\w']+){0,4}?\s+until\s+i\s+(?:\w+\s+)?(?:give\s+in|gave\s+in|back\s+down|backed\s+down|agree|agreed|say\s+(?:yes|sorry)|said\s+(?:yes|sorry)|apologi[sz]e|apologi[sz]ed|cry|cried|do\s+(?:what|as)|did\s+(?:what|as)|shut\s+up|give\s+up|gave\s+up|cave|caved|submit|let\s+(?:him|her|them)|beg|look\s+away|looked\s+away|leave\s+the\s+room|left\s+the\s+room)\b"
            + $@"|\b{Who}{Aux}\s+(?<v>slam(?:s|med|ming)?\s+(?:the\s+)?(?:doors|cupboards|cupboard\s+doors|drawers)(?:\s+(?:shut|around|about))?)\s+(?:and|while|then|whenever|when|every\s+time|if)\s+(?:\w+\s+)?(?:scream|shout|yell|swear|roar|punch|kick|throw|smash|i\s+(?:say\s+no|disagree|argue|don't|won't|ask))\w*",
            SafetyRuleChecks.Force,
            m => StartsWithPartner.IsMatch(m.Value) || PartnerSubjectBefore.IsMatch(Before(m, 80)));

        // The person's own things broken as a message: "he broke my favourite mug and just stared at me", "she tore up my
        // drawings in front of me". Not "broke my mug and was so sorry", not a toddler or the dog, not by accident.
        yield return Rule([Intimidation],
            @"\b(?<v>broke|breaks|smash(?:es|ed)|snap(?:s|ped)|shatter(?:s|ed)|rip(?:s|ped)\s+up|tore\s+up|tears\s+up|stamp(?:s|ed)\s+on|stomp(?:s|ed)\s+on|cut\s+up|cuts\s+up|destroy(?:s|ed)|crush(?:es|ed)|burn(?:s|ed|t))\s+my\s+(?:[\w']+\s+){0,2}?[\w']+\b"
            + @"(?=[^.!?;]{0,30}?\b(?:and\s+(?:then\s+)?(?:just\s+)?(?:stared|glared|smiled|smirked|grinned|laughed|looked\s+(?:straight\s+|right\s+)?at\s+me(?!\s+(?:guiltily|apologetically|sheepishly|in\s+horror|sadly))|watched\s+(?:me|my\s+face))|in\s+front\s+of\s+me|while\s+i\s+(?:watched|was\s+watching|looked\s+on)|on\s+purpose|to\s+(?:punish|hurt|upset|scare)\s+me)\b)",
            SafetyRuleChecks.Force);

        // "he threw a plate across the room", "she hurled the remote".
        yield return Rule([Intimidation],
            @"\b(?<v>threw|throws|throwing|hurl(?:s|ed|ing)?|smash(?:es|ed|ing)?|flung|fling(?:s|ing)?)\s+(?:a|the|his|her|their|your|my)\s+(?:\w+\s+)?(?:plates?|glass(?:es)?|mugs?|cups?|chairs?|vase|bottles?|phone|laptop|remote|bowls?|dishes|lamp|keys|shoes?|plates)\b(?!\s+(?:away|out|in\s+the\s+(?:bin|trash|recycling)|into\s+the\s+(?:bin|trash|sink|dishwasher|skip|dumpster|car|boot|van|garage|loft|bonfire|pool)))",
            SafetyRuleChecks.Force);

        // "screamed in my face", "stood over me", "cornered me in the kitchen", "raised his fist".
        yield return Rule([Intimidation],
            @"\b(?<v>(?:scream|yell|shout|roar|spit|get|got|gets|getting|snarl|growl)(?:s|ed|ing)?\s+(?:right\s+)?(?:up\s+)?in\s+my\s+face)"
            + @"|\b(?<v>(?:stood|stands|standing|loom(?:s|ed|ing)?|tower(?:s|ed|ing)?|hover(?:s|ed|ing)?)\s+over\s+me)"
            + @"|\b(?<v>corner(?:s|ed|ing)?\s+me|back(?:s|ed|ing)?\s+me\s+(?:into|against)|trap(?:s|ped|ping)?\s+me\s+in)"
            + @"|\b(?<v>with\s+(?:his|her|their|your)\s+fists?\s+(?:clenched|raised|balled|up))\b"
            + @"|\b(?<v>(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|shak(?:e|es|ing)|shook|clench(?:es|ed|ing)?)\s+(?:his|her|their|your|a)\s+(?:fists?|hand)(?:\s+(?:to|at|against)\s+me|\s+at\s+me|\s+like|(?=\s*(?:[.!?,;]|$))))",
            SafetyRuleChecks.Act);

        // "to scare me", "he intimidates me", "she drives like a maniac when I'm in the car to frighten me".
        yield return Rule([Intimidation],
            $@"\b(?:to|just\s+to|trying\s+to|tries\s+to|tried\s+to|wants\s+to|wanted\s+to)\s+(?<v>scare|frighten|intimidate|terrify|threaten)\s+(?:me|us|the\s+kids)\b"
            + $@"|\b(?<v>intimidat(?:es|ed|ing))\s+(?:me|us)\b"
            + $@"|\b{Who}{Aux}\s+(?:(?:is|are|was|were|'s|'re|can\s+be|gets?|got|becomes?|became)\s+)?{Soft}(?<v>intimidating|menacing|threatening|scary|frightening|terrifying)(?!\s+(?:at\s+work|to\s+(?!me\b)|in\s+meetings))\b"
            + @"|\b(?<v>(?:drove|drives|driving|drive)\s+(?:like\s+a\s+(?:maniac|madman|lunatic)|recklessly|dangerously|really\s+fast|so\s+fast|at\s+\d+|(?:really\s+|way\s+too\s+|too\s+|right\s+up\s+)close\s+to|erratically|aggressively|tailgating)(?=[^.!?;]{0,40}\b(?:scare|frighten|punish|me\s+scream|i\s+(?:begged|screamed|cried)|with\s+me|with\s+the\s+kids|on\s+purpose|when\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+gets?)\s+(?:angry|mad|furious|in\s+a\s+(?:rage|temper|mood)))))",
            SafetyRuleChecks.Negation);

        // "waiting for his next explosion", "revved the car at me", "cracks his knuckles at me".
        yield return Rule([Intimidation],
            @"\b(?<v>(?:waiting|wait|bracing|braced|waited)\s+for\s+(?:his|her|their|the)\s+(?:next\s+)?(?:explosion|outburst|blow-?up|rage|meltdown|eruption|fit|tantrum))\b"
            + @"|\b(?<v>(?:revv?(?:s|ed|ing)?|drove|drives|driving|swerv(?:e|ed|es|ing)|aim(?:ed|s|ing)?|accelerat(?:e|ed|es|ing))\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:car|engine|van|truck|bike|motorbike)?\s*(?:at|towards|toward)\s+me)\b"
            + @"|\b(?<v>crack(?:s|ed|ing)?\s+(?:his|her|their)\s+knuckles)\s+(?:at\s+me|when\s+i|while\s+(?:staring|looking|glaring)|and\s+(?:stares|glares|stared|glared))",
            SafetyRuleChecks.Act);

        // "follows me from room to room shouting", "loads his shotgun in front of me when we argue".
        yield return Rule([Intimidation],
            @"\b(?<v>follow(?:s|ed|ing)?)\s+me\s+(?:from\s+room\s+to\s+room|(?:a)?round\s+the\s+(?:house|flat|apartment|room|kitchen)|into\s+(?:the|every)\s+(?:bathroom|bedroom|room|kitchen))(?![^.!?;]{0,40}\b(?:to\s+(?:finish|tell|show|ask|help|give|hug|kiss|chat)|for\s+a\s+(?:hug|chat|cuddle))\b)"
            + @"|\b(?<v>(?:load(?:s|ed|ing)?|clean(?:s|ed|ing)?|sharpen(?:s|ed|ing)?|play(?:s|ed|ing)?\s+with|polish(?:es|ed|ing)?|wav(?:e|es|ed|ing)|leave(?:s)?|left|gets?|got|takes?|took|brings?|brought)\s+(?:(?:his|her|their|your|a|the)\s+)?(?:\w+\s+)?(?:gun|guns|knife|knives|shotgun|rifle|pistol|weapon|machete|axe|bat))\b(?=[^.!?;]{0,40}\b(?:in\s+front\s+of\s+me|when\s+(?:we|i)|(?:while|whenever|as)\s+(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:\w+\s+)?(?:argu|row|fight|disagree|shout|complain|rais|bring|ask|say\s+no|try\s+to\s+(?:talk|explain|leave|say)|talk\w*\s+to\s+(?:him|her|them))|while\s+(?:he|she|they)\s+(?:stares?|looks?|glares?)|while\s+(?:staring|looking|glaring)\s+at\s+me|staring\s+at\s+me|at\s+me|where\s+i\s+(?:can|could|would)\s+see|on\s+(?:my|the)\s+pillow))",
            SafetyRuleChecks.Act);

        // "he showed me a knife", "keeps a gun in the house", "hurt the dog", "kicked the cat".
        yield return Rule([Intimidation],
            @"\b(?<v>(?:show(?:s|ed)?|pull(?:s|ed)?\s+out|took\s+out|takes\s+out|got\s+out|wav(?:e|es|ed|ing)|point(?:s|ed|ing)|held|holds|brandish(?:es|ed|ing)?|grab(?:s|bed)|came\s+at\s+me\s+with|threatened\s+me\s+with))\s+(?:me\s+)?(?:a|his|her|their|the|your)\s+(?:gun|knife|knives|weapon|bat|baseball\s+bat|hammer|machete|rifle|shotgun|pistol)\b"
            + @"|\b(?<v>(?:hurt|hurts|kick(?:s|ed)?|hit|hits|kill(?:s|ed)?|beat|beats|threw|throws|strangled|drowned|poisoned))\s+(?:the|my|our)\s+(?:dog|cat|puppy|kitten|pets?)\b"
            + @"|\b(?<v>(?:keeps|kept|has|have|owns|carries|carried|bought))\s+(?:a|his|her)\s+(?:gun|knife|weapon|rifle|pistol)\s+(?:in|under|by|near|beside|next\s+to)\s+(?:the|our|his|her)\s+(?:house|home|bed|pillow|car|drawer|bedroom)"
            + $@"|\b{Who}(?:'s\s+got|\s+has\s+got|\s+has|\s+owns|\s+bought|\s+keeps|\s+got)\s+(?<v>(?:a|an)\s+(?:gun|rifle|pistol|shotgun|firearm|handgun))\b"
            + @"|\b(?<v>(?:kick(?:s|ed|ing)?|throw(?:s|ing)?|threw|lock(?:s|ed|ing)?|put(?:s|ting)?))\s+me\s+out\s+(?:of\s+(?:the|our|my|his|her)\s+(?:house|home|flat|apartment|room|bedroom|car)|in\s+the\s+(?:cold|rain|snow|street)|at\s+night|at\s+\d|with\s+nothing|onto\s+the\s+street)",
            SafetyRuleChecks.Force);
    }

    // ---- monitoring and control --------------------------------------------------------------------

    private const string Personal =
        @"(?:phone|mobile|cell(?:\s*phone)?|texts|text\s+messages|messages|chats|conversations|whats\s*app(?:s)?|dms|emails?|e-mails?|inbox|call\s+(?:log|history)|calls|social\s+media|facebook|instagram|snapchat|tiktok|twitter|browser\s+history|search\s+history|browsing\s+history|laptop|computer|accounts?|bank\s+(?:statements?|account|app)|receipts|spending|mail|post|diary|journal|notebook|bag|handbag|purse|wallet|pockets)";

    // What a person may be kept from doing: "won't let me see my friends", "not allowed to work".
    private const string Allowed =
        @"(?:see|seeing|visit|visiting|meet|meeting|talk\s+to|talking\s+to|speak\s+to|speaking\s+to|call|calling|phone|ring|text|texting|message|contact|go|going|leave|leaving|work|working|have|having"
        + @"|get\s+a\s+job|keep\s+my|study|studying|wear|wearing|spend|spending|use|using|drive\s+(?:anywhere|alone|the\s+car|to)|sleep|eat|make\s+(?:friends|decisions|my\s+own)|decide|choose|cut\s+my\s+hair"
        + @"|dress|be\s+alone|be\s+on\s+my\s+own|lock\s+the|close\s+the\s+door|out|outside|friends|hang\s+out|socialis(?:e|ing)|socializ(?:e|ing)|open\s+(?:my\s+own|a\s+bank))";

    private const string People =
        @"(?:friends?|family|famil(?:y|ies)|mum|mom|mother|dad|father|parents|sisters?|brothers?|siblings|cousins?|aunt|uncle|grandparents|gran|nan|grandma|grandmother|people|anyone|anybody|neighbou?rs|colleagues|co-?workers|workmates|mates|relatives|in-?laws|kids|children|therapist|counsel+or|doctor|gp)";

    // "won't let me", "never lets me", "stopped letting me".
    private const string NotLetMe =
        @"(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|don't|dont|do\s+not|didn't|didnt|did\s+not|never|wouldn't|wouldnt|would\s+not|refuses?\s+to|refused\s+to|hardly\s+ever|rarely|barely|no\s+longer|stopped\s+(?:letting|allowing))"
        + @"(?:\s+(?:ever|even|really|actually))?\s+(?:let|lets|letting|allow|allows|allowing|permit|permits)\s+me";

    // "I'm not allowed", "I wasn't allowed", "I haven't been allowed", "I've not been allowed".
    private const string INotAllowed =
        @"(?:(?:i'm|im|i\s+am|i\s+was|i'm\s+still|i\s+am\s+still|i'm\s+no\s+longer|i\s+am\s+no\s+longer)\s+not|i\s+(?:wasn't|wasnt)|i\s+(?:haven't|havent|hadn't|hadnt)\s+been|i(?:'ve|\s+have|'d|\s+had)\s+(?:not|never)\s+been)\s+allowed";

    // A rule of another time or place: a teenager grounded, a hospital's visiting hours, lockdown, a night shift.
    private static readonly Regex LongAgoOrElsewhere = Compile(
        @"\b(?:when\s+i\s+was\s+(?:a\s+|at\s+)?(?:kid|child|teen|teenager|little|young|younger|grounded|school|\d+)|as\s+a\s+(?:kid|child|teen|teenager)|growing\s+up|grounded|covid|lockdown|visiting\s+hours|(?:night|day|late|double)\s+shift|(?:in|out\s+of)\s+(?:the\s+)?hospital|care\s+home)\b");

    private static IEnumerable<SafetyRule> ControlRules()
    {
        // "has my iCloud password", "put an app on my phone so he can see where I go".
        yield return Rule([MonitoringAndControl],
            $@"\b{Who}(?:'s\s+got|\s+has\s+got|\s+has|\s+knows|\s+got|\s+took|\s+changed)\s+(?<v>(?:all\s+)?my\s+(?:\w+\s+)?(?:passwords?|passcodes?|pins?|log-?ins?))\b"
            + @"|\b(?<v>(?:put|puts|installed|installs|downloaded|added|set\s+up))\s+(?:an?|some|this|that|the|a\s+tracking|a\s+spy|a\s+location)\s+(?:\w+\s+)?app\s+on\s+my\s+(?:phone|laptop|computer|tablet)"
            + @"|\bso\s+(?:that\s+)?(?:he|she|they)\s+can\s+(?<v>(?:see|track|read|know|watch|listen\s+to|check|monitor|hear|spy\s+on))\s+(?:where\s+i|who\s+i|what\s+i|my\s+(?:messages|texts|calls|location|chats|emails)|everything\s+i|every|me\b)"
            + @"|\b(?<v>(?:has|have|had|knows|got|took|keeps)\s+(?:the|all\s+the)\s+passwords?\s+(?:to|for)\s+(?:all\s+(?:of\s+)?)?my)\b"
            + @"|\b(?<v>(?:sits?|sat|sitting|waits?|waited|waiting|parks?|parked|parking|lurks?|lurked|hangs?\s+around|hung\s+around))\s+outside\s+(?:my|our)\s+(?:work|office|job|house|flat|place|door|school|college|gym|friend's)(?![^.!?;]{0,40}\b(?:so\s+we\s+can|to\s+(?:pick\s+me\s+up|give\s+me\s+a\s+lift|take\s+me|walk\s+me|drive\s+me|surprise\s+me|meet\s+me)|with\s+(?:the\s+car|flowers|lunch|coffee)|if\s+i\s+finish))"
            + @"|\b(?<v>(?:hid|hides|hidden|threw\s+away|throws\s+away|flushed|flushes|took|takes|tampered\s+with|poked\s+holes\s+in|swapped))\s+my\s+(?:pills?|pill\s+packets?|the\s+pill|contraception|contraceptives?|birth\s+control|condoms?|coil)"
            + @"|\b(?<v>(?:pressur(?:es|ed|ing)|forc(?:es|ed|ing)|push(?:es|ed|ing))\s+me\s+(?:to\s+|into\s+)?(?:get(?:ting)?\s+pregnant|hav(?:e|ing)\s+(?:another|a)\s+baby|hav(?:e|ing)\s+an\s+abortion|stop\s+taking\s+(?:my|the)\s+pill))",
            SafetyRuleChecks.Act);

        // Locked out of the person's own accounts: "she changed the passwords on all my accounts", "he locked me out of my bank".
        // Not "I changed my passwords after a breach", "the bank locked me out", or a reset done for the person.
        yield return Rule([MonitoringAndControl],
            $@"\b{Who}{Aux}\s+(?<v>chang(?:ed|es|ing)|reset(?:s|ting)?|swapped)\s+(?:all\s+)?(?:the\s+)?(?:passwords?|passcodes?|pins?|log-?ins?|codes?|security\s+questions?)\s+(?:on|to|for|of)\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:\w+\s+)?(?:accounts?|phone|email|emails|laptop|computer|card|cards|bank|banking|apps?|socials|social\s+media|facebook|instagram|icloud|tablet)\b"
            + $@"|\b{Who}{Aux}\s+(?<v>lock(?:s|ed)?\s+me\s+out\s+of)\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:\w+\s+)?(?:accounts?|phone|email|laptop|computer|bank|banking|apps?|socials|social\s+media|icloud|tablet)\b",
            SafetyRuleChecks.Act,
            m => !Regex.IsMatch(After(m), @"^[^.!?;]{0,30}\b(?:for\s+me|because\s+i(?:'d|\s+had)?\s+(?:forgot|forgotten|asked)|when\s+i\s+asked|at\s+my\s+request)", RegexOptions.IgnoreCase, MatchTimeout));

        // "he checks my phone", "she goes through my messages", "you read my emails", "took my phone away".
        yield return new SafetyRule([MonitoringAndControl],
            Compile(@"\b(?<v>check(?:s|ed|ing)?|go(?:es)?\s+through|went\s+through|going\s+through|look(?:s|ed|ing)?\s+(?:through|at|in)|read(?:s|ing)?|search(?:es|ed|ing)?|snoop(?:s|ed|ing)?(?:\s+(?:through|on|in))?"
                + @"|monitor(?:s|ed|ing)?|scroll(?:s|ed|ing)?\s+through|rifl(?:e|es|ed|ing)\s+through|tak(?:e|es|ing)|took|confiscat(?:e|es|ed|ing)|hid(?:e|es)?|smash(?:es|ed)?|delet(?:e|es|ed|ing)|control(?:s|led|ling)?|track(?:s|ed|ing)?|log(?:s|ged)?\s+into|hack(?:s|ed|ing)?(?:\s+into)?|access(?:es|ed)?|keeps?\s+tabs\s+on)"
                + @"\s+(?:all\s+(?:of\s+)?)?my\s+(?<what>" + Personal + @")\b(?<after>[^.!?;]{0,30})"),
            SafetyRuleChecks.Act | SafetyRuleChecks.PersonSubject,
            AcceptPersonal);

        // "demands my passwords", "made me give him my passcode", "I have to show her my phone".
        yield return Rule([MonitoringAndControl],
            @"\b(?<v>demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on(?:\s+having)?|made\s+me\s+(?:give|hand\s+over|tell|share)|makes\s+me\s+(?:give|hand\s+over|tell|share)|force[ds]?\s+me\s+to\s+(?:give|hand\s+over|tell|share)|wants?|changed|changes|took|has\s+all)"
            + @"\s+(?:(?:him|her|them|you)\s+)?(?:all\s+)?my\s+(?:passwords?|passcodes?|pins?|pin\s+codes?|log-?ins?|phone\s+code|unlock\s+code|bank\s+details)\b"
            + $@"|\b(?<v>(?:have|had|has|need|needs)\s+to|must|made\s+me|makes\s+me|forces\s+me\s+to|forced\s+me\s+to)\s+(?:show|hand|give|unlock|read\s+out|send)\s+(?:{Whom}\s+)?(?:my|all\s+my|all\s+the|the|every)\s+(?:phone|messages?|texts?|emails?|chats?|receipts?|bank\s+statements?|call\s+log|screen|purchases?|bills?)\b",
            SafetyRuleChecks.Act);

        // "he tracks me", "she tracks my location", "put a tracker on my car", "makes me share my location", "follows me to work".
        yield return Rule([MonitoringAndControl],
            @"\b(?<v>track(?:s|ed|ing)?|stalk(?:s|ed|ing)?|spie[sd]\s+on|spy(?:ing)?\s+on|keeps?\s+tabs\s+on|kept\s+tabs\s+on|has\s+me\s+(?:followed|watched)|had\s+me\s+(?:followed|watched)|check(?:s|ed|ing)?\s+up\s+on)\s+me\b"
            + @"|\b(?<!\b(?:app|watch|fitbit|phone|tracker|strava|device|bank|company|gps|garmin|insurer|insurance|ring|smartwatch)\s+)(?<v>track(?:s|ed|ing)?|check(?:s|ed|ing)?|monitor(?:s|ed|ing)?|watch(?:es|ed|ing)?|follow(?:s|ed|ing)?)\s+my\s+(?:location|whereabouts|car|gps|movements|every\s+move|mileage|steps)\b"
            + @"|\b(?<v>follow(?:s|ed|ing)?)\s+me\s+(?:to\s+(?:work|the|my|school|college|uni|church|the\s+gym)|home|everywhere|around\s+(?:town|the\s+city)|when\s+i\s+go\s+out|in\s+(?:his|her|their|the)\s+car)\b"
            + @"|\b(?<v>(?:watch(?:es|ed|ing)?|monitor(?:s|ed|ing)?|control(?:s|led|ling)?)\s+(?:my\s+)?every\s+(?:move|step|penny|thing\s+i\s+do|minute|call|message|text))"
            + @"|\b(?:he|she|they|you)\s+(?:even\s+|always\s+|actually\s+)?(?<v>times|timed|clocks|clocked|counts|counted)\s+how\s+long\s+i(?:'m|\s+am|\s+was|\s+spend|\s+spent|\s+take|\s+took)\b"
            + @"|\b(?<v>(?:made|makes|make|forces|forced|insists\s+i|insisted\s+i)\s+(?:me\s+)?(?:to\s+)?(?:share|turn\s+on|keep\s+on|send\s+(?:him|her|them|you))\s+my\s+(?:live\s+)?location)"
            + @"|\b(?<v>(?:put|puts|installed|installs|hid|hidden|planted|placed|found)\s+(?:a\s+|an\s+)?(?:tracker|tracking\s+(?:app|device)|airtag|air\s+tag|gps\s+tracker|spyware|stalkerware|spy\s+app|hidden\s+camera|cameras?)\b(?:\s+(?:on|in|under)\s+(?:my|the)\s+(?:phone|car|bag|laptop|house|bedroom|home))?)(?![^.!?;]{0,40}\b(?:for\s+the\s+(?:dog|dogs|cat|cats|pets?|puppy|baby|nursery|burglars?)|for\s+security|doorbell|burglar|break-?ins?|parcels?|deliveries)\b)"
            + @"|\b(?<v>(?:turn(?:s|ed)?\s+up|shows?\s+up|showed\s+up|appears?|appeared)\s+(?:unannounced\s+)?at\s+my\s+(?:work|job|office|college|school|friend's|mum's|mom's))\b(?!\s+(?:\w+\s+)?(?:with\s+(?:lunch|coffee|flowers|cake|a\s+(?:coffee|present|gift|surprise|picnic))|to\s+(?:surprise|pick)))"
            + $@"|\b(?<v>(?:demands?|demanded|needs|needed|insists\s+on|insisted\s+on|has\s+to|had\s+to|have\s+to|always\s+wants|always\s+wanted|constantly\s+wants)\s+(?:to\s+)?know(?:ing)?\s+(?:where\s+i\s+(?:am|was|go|went|'m|m)|who\s+i(?:'m|m|\s+am|\s+was|'ve\s+been|\s+have\s+been)?\s+(?:with|texting|talking\s+to|messaging|seeing|calling|speaking\s+to|meeting|chatting\s+to|chatting\s+with)|what\s+i(?:'m|\s+am)\s+doing\s+(?:at\s+all\s+times|every\s+(?:minute|second|hour)))\b)"
            + $@"|\b{Who}{Aux}\s+(?:has|have|had|needs?|needed|wants?|wanted|insists?|insisted)\s+(?:to|on)\s+(?<v>approv(?:e|ing)|okay(?:ing)?|ok(?:ing)?|sign(?:ing)?\s+off\s+on|vet(?:ting)?)\s+(?:everything|anything|every\s+\w+|all\s+(?:of\s+)?my|what|where|who|how\s+much)\b(?=[^.!?;]{{0,25}}\bi\b)"
            + $@"|\b(?<v>(?:everything|anything|every\s+\w+)\s+i\s+(?:buy|spend|wear|do|post|say)\s+(?:has|have|had|needs?)\s+to\s+be\s+(?:approved|okayed|checked|vetted))\b",
            SafetyRuleChecks.Act | SafetyRuleChecks.PersonSubject);

        // "calls me fifty times a day", "texts me every ten minutes", "makes me send photos to prove where I am".
        yield return Rule([MonitoringAndControl],
            @"\b(?<v>(?:call(?:s|ed|ing)?|text(?:s|ed|ing)?|ring(?:s|ing)?|rang|message(?:s|d|ing)?|face\s*time(?:s|d)?|video\s*call(?:s|ed)?)\s+me)\s+(?:constantly|non-?stop|every\s+(?:\d+|ten|five|fifteen|twenty|thirty|few|couple\s+of)\s+(?:minutes?|mins)|every\s+(?:hour|half\s+hour)|\d+\s+times|(?:twenty|thirty|forty|fifty|a\s+hundred|dozens\s+of)\s+times|over\s+and\s+over\s+when\s+i'?m\s+out|(?:at\s+work\s+)?all\s+(?:day|night)|(?:at\s+work\s+)?to\s+check\s+(?:i'm|i\s+am|where\s+i|who\s+i|that\s+i|if\s+i))"
            + @"|\b(?<v>(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?(?:send|text|call|check\s+in|video\s*call|face\s*time|take)\b[^.!?;]{0,40}?\b(?:prove|proof|every\s+(?:hour|time)|when\s+i(?:'m|\s+am)?\s+out|who\s+i(?:'m|\s+am)\s+with|where\s+i\s+(?:am|was)))"
            + @"|\bto\s+(?<v>prove\s+(?:where|who)\s+i\s+(?:am|was|'m|m))\b"
            + @"|\b(?<v>(?:shares?|shared|has|sees|watches|checks?|tracks?|follows?))\s+my\s+(?:live\s+)?location\s+(?:on|in|from)\s+(?:his|her|their|your)\s+(?:phone|app|laptop|watch)\b(?![^.!?]{0,60}\b(?:we\s+(?:both\s+)?agreed|agreed\s+to\s+it|with\s+my\s+(?:consent|permission|blessing)|i\s+(?:asked|wanted)\s+(?:him|her|them)\s+to|we\s+(?:both\s+)?share|i\s+(?:have|can\s+see)\s+(?:his|hers|theirs)))"
            + @"|\bi\s+(?:(?:always|still)\s+)?(?<v>(?:have|had|need|needed|must)\s+to\s+(?:send|text|call|ring|message|check\s+in\s+with|video\s*call|face\s*time)\s+(?:him|her|them))\b[^.!?;]{0,40}?\b(?:every\s+(?:hour|half\s+hour|\d+\s+minutes|few\s+minutes|time\s+i)|where\s+i\s+am|who\s+i(?:'m|\s+am)\s+with|to\s+prove|or\s+(?:he|she|they)\s+(?:goes|gets|will))",
            SafetyRuleChecks.Act);

        // "controls all the money", "takes my wages", "gives me an allowance", "I have to ask him for money".
        yield return Rule([MonitoringAndControl],
            @"\b(?<!\b(?:i|we)\s+(?:(?:just|also|then|already|accidentally|both)\s+)?)(?<v>control(?:s|led|ling)?|take[sn]?|took|taking|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|withhold(?:s|ing)?|withheld|empt(?:y|ies|ied)|drain(?:s|ed)?|spent|spends|steal(?:s|ing)?|stole|cut(?:s)?\s+off|froze|freezes)"
            + @"\s+(?:away\s+)?(?:all\s+(?:of\s+)?)?(?:my|our|the)\s+(?:money|finances|wages|salary|pay|paycheck|paycheque|pay\s+packet|earnings|income|bank\s+(?:cards?|accounts?)|debit\s+cards?|credit\s+cards?|atm\s+cards?|bank\s+books?|cheque\s*books?|salary\s+cards?|cards|benefits|pension|savings|child\s+benefit|allowance|spending|purse\s+strings|household\s+money)\b"
            + @"|\b(?<v>gives?|gave|giving)\s+me\s+(?:(?:\d+|ten|twenty|thirty|forty|fifty|a\s+hundred|a\s+few)\s+(?:pounds|quid|dollars|bucks|euros|rupees|rand|pesos)|[£$€]\s?\d+)\s+(?:a|per|each|every)\s+(?:week|day|month|fortnight)\b(?=[^.!?;]{0,60}\b(?:change\s+back|receipts?|account\s+for|has\s+to\s+last|have\s+to\s+make\s+it\s+last|nothing\s+else|that's\s+all|no\s+more|to\s+live\s+on|checks?\s+(?:what|every)))"
            + @"|\b(?<v>wants?|wanted|demands?|demanded|expects?|expected|makes?\s+me\s+(?:give|hand)|made\s+me\s+(?:give|hand))\s+(?:(?:the|every\s+penny\s+of\s+the|all\s+the)\s+)?change\s+back\b"
            + @"|\b(?<v>(?:reads?|checks?|approves?|vets?|sees?)\s+(?:every|each|all\s+(?:of\s+)?my|all\s+the|my)\s+(?:messages?|texts?|emails?|posts?|replies))\s+(?:before|that)\s+i(?:'m\s+allowed\s+to|m\s+allowed\s+to|\s+am\s+allowed\s+to|\s+can|\s+get\s+to)?\s+(?:send|post|reply)"
            + @"|\b(?<v>(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?(?:keep|put|have)\s+(?:my|the)\s+phone\s+on\s+(?:loud)?speaker)\b"
            + @"|\b(?<v>gives?|gave|giving)\s+me\s+(?:an?\s+)?(?:weekly\s+|monthly\s+|small\s+|tiny\s+)?(?:allowance|pocket\s+money)\b"
            + $@"|\b(?<v>(?:have|has|had)\s+to\s+ask|must\s+ask|need\s+to\s+ask)\s+(?:{Whom}\s+)?(?:for\s+(?:money|cash|permission)|before\s+(?:i\s+)?(?:buy|spend|buying|spending|go|going|see|seeing|leave|leaving)|permission)\b"
            + @"|\b(?<v>account\s+for|justify|explain)\s+every\s+(?:penny|pound|cent|dollar|rupee|euro|purchase|receipt|rupee|coffee|minute|hour)\b"
            + @"|\b(?<v>check(?:s|ed|ing)?|go(?:es)?\s+through|went\s+through)\s+every\s+(?:receipt|purchase|penny|bank\s+statement|transaction)\b"
            + @"|\b(?<v>took\s+out|takes\s+out|taken\s+out|put|puts|ran\s+up|runs\s+up|run\s+up)\s+(?:a\s+)?(?:loans?|debts?|credit\s+cards?|a\s+mortgage|bills)\s+in\s+my\s+name\b"
            + @"|\b(?<v>no\s+(?:access|say)\s+(?:to|over)\s+(?:the|our|my|any)\s+(?:money|accounts?|finances|bank))\b"
            + @"|\b(?<v>(?:i'm|im|i\s+am|i\s+was|i'm\s+still|i\s+am\s+still)\s+not\s+allowed)\s+(?:my\s+own|a|an|any|my)\s+(?:(?:own|bank|debit|credit)\s+)?(?:card|account|money|cash|phone|car|keys|car\s+keys|passport|wages|salary|pay|savings)\b",
            SafetyRuleChecks.Act);

        // "made me quit my job", "won't let me see my friends", "I'm not allowed to go out", "I need his permission".
        yield return new SafetyRule([MonitoringAndControl],
            Compile(@"\b(?<v>(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|don't|dont|do\s+not|didn't|didnt|did\s+not|never|wouldn't|wouldnt|would\s+not|refuses?\s+to|refused\s+to|hardly\s+ever|rarely|barely|no\s+longer|stopped\s+(?:letting|allowing)|won't\s+even|doesn't\s+even|never\s+even)"
                + @"(?:\s+(?:ever|even|really|actually))?\s+(?:let|lets|letting|allow|allows|allowing|permit|permits)\s+me)\s+(?:to\s+)?(?<act>" + Allowed + @")\b(?<after>[^.!?;]{0,40})"
                + @"|\b(?<v>(?:i'm|im|i\s+am|i\s+was|i'm\s+still|i\s+wasn't|i\s+am\s+still|i've\s+never\s+been|i\s+(?:haven't|havent|hadn't)\s+been|i(?:'ve|\s+have)\s+not\s+been|i'm\s+no\s+longer|i\s+am\s+no\s+longer)\s+(?:not\s+)?(?:allowed|permitted))\s+(?:to\s+)?(?<act>" + Allowed + @")\b(?<after>[^.!?;]{0,40})"
                + @"|\b(?<v>(?:only|barely)\s+(?:lets|let|allows)\s+me)\s+(?:to\s+)?(?<act>" + Allowed + @")\b(?<after>[^.!?;]{0,40})"
                + $@"|\b(?<v>(?:says|said|tells\s+me|told\s+me)\s+(?:that\s+)?i\s+(?:can't|cannot|can\s+not|couldn't|am\s+not\s+allowed\s+to|'m\s+not\s+allowed\s+to|mustn't|must\s+not|am\s+not\s+to))\s+(?<act>{Allowed})\b(?<after>[^.!?;]{{0,40}})"),
            SafetyRuleChecks.None,
            AcceptPermission);

        yield return Rule([MonitoringAndControl],
            $@"\b(?<v>(?:need|needs|needed|have\s+to\s+(?:get|ask\s+for|ask)|had\s+to\s+(?:get|ask\s+for|ask)|must\s+(?:get|ask\s+for|ask)|ask(?:ing)?(?:\s+for)?))\s+(?:{Whom}'s|his|her|their|your)\s+permission\b"
            + $@"|\b(?<v>ask(?:s|ed|ing)?)\s+{Whom}\s+(?:for\s+)?permission\b"
            + $@"|\b(?<v>without)\s+(?:{Whom}'s|his|her|their|your)\s+(?:permission|say-so|ok|okay|approval)\b"
            + $@"|\b(?<v>(?:only\s+)?allowed\s+(?:out|to\s+(?:go\s+out|leave|go\s+anywhere|see\s+(?:anyone|people|friends))))\s+(?:if|when|once|with)\s+{Who}\b"
            + $@"|\b(?<v>(?:can't|cant|cannot|can\s+not|couldn't|not\s+allowed\s+to|never)\s+(?:go|leave|go\s+out|go\s+anywhere|leave\s+the\s+house))\s+(?:\w+\s+){{0,2}}?without\s+(?:him|her|them)\b"
            + @"|\b(?<v>(?:made|makes|make|forced|forces|force|pressured|pressures|pushed|pushes)\s+me\s+(?:to\s+)?(?:quit|leave|give\s+up|stop|drop\s+out\s+of|hand\s+over|sign\s+over|sign|wear|change|dress|delete|block|unfriend|cut\s+off|move\s+away\s+from|sell|account\s+for|cut\s+my\s+hair|lose\s+weight|stay\s+(?:home|in))\b(?:\s+(?:my|the|all|from|of|with|contact|everything|what|in|at|working|seeing|studying)\b)?)"
            + @"|\b(?<v>tell(?:s|ing)?|told|decide[sd]?|deciding|choose[s]?|chose|control(?:s|led|ling)?|dictat(?:e|es|ed|ing)|pick(?:s|ed)?)\s+(?:me\s+)?(?:what\s+(?:i\s+)?(?:can\s+|could\s+|should\s+|am\s+allowed\s+to\s+|'m\s+allowed\s+to\s+|to\s+)?(?:wear|eat|spend|buy|say|post|think|do\s+with\s+my)|who\s+i\s+(?:can\s+|could\s+|am\s+allowed\s+to\s+)?(?:see|talk\s+to|speak\s+to|text|follow|meet|am\s+friends\s+with|hang\s+out\s+with)|where\s+i\s+(?:can\s+|could\s+|am\s+allowed\s+to\s+)?(?:go|work|live)|when\s+i(?:\s+can|\s+could|\s+am\s+allowed\s+to|'m\s+allowed\s+to|m\s+allowed\s+to|\s+get\s+to|\s+may)\s+(?:go|leave|come|see|eat|sleep|shower|use|have|speak|talk))\b"
            + @"|\b(?<v>chooses|chose|picks|picked|buys|bought|approves|approved|inspects|inspected)\s+(?:all\s+)?(?:my\s+(?:clothes|outfits)|what\s+i\s+wear)\b",
            SafetyRuleChecks.Act);

        // "he is so controlling", "controls my life", "controls everything I do", "coerced", "took my passport".
        yield return Rule([MonitoringAndControl],
            $@"\b{Who}{Aux}\s+(?:(?:is|are|was|were|'s|'re|can\s+be|gets?|got|became|becomes|has\s+become|have\s+become)\s+)?{Soft}(?<v>controlling|coercive|possessive)\b(?!\s+(?:the|a|an|this|that|our)\s+(?:whole\s+|entire\s+)?(?:project|team|budget|meeting|game|match|ball|situation|show|event|process|design|launch|bbq|barbecue|rota|schedule|playlist|music|remote|thermostat|heating)\b)(?!\s+(?:about|over|with|when\s+it\s+comes\s+to|regarding)\s+(?![^.!?;,]{{0,40}}\b(?:me|my|i|i'm|myself|who|where|money|finances|friends|family|everything|everyone|phone|clothes|body|weight|food\s+i)\b))"
            + @"|\b(?<v>control(?:s|led|ling)?)\s+(?:me|my\s+(?:life|every|whole\s+life|time|body|movements|food|eating|diet|appearance|weight|phone)|everything(?:\s+(?:i\s+do|about\s+me|in\s+my\s+life))?|who\s+i|where\s+i|what\s+i|when\s+i|how\s+i)\b"
            + @"|\b(?<v>coerc(?:e|es|ed|ing)|coercive\s+control|financial(?:ly)?\s+abus(?:e|ed|ive)|economic\s+abuse)\b"
            + @"|\bi\s+(?:feel|felt|am\s+feeling|'m\s+feeling)\s+" + Soft + @"(?<v>controlled|trapped(?=\s*(?:[.!?,;]|$|with\s+(?:him|her|them|you)|in\s+(?:this|my|the|our|a)\s+(?:relationship|marriage|house|home|flat)|here|at\s+home|and))|like\s+a\s+prisoner|like\s+(?:his|her|their)\s+(?:property|prisoner|possession))\b"
            + @"|\b(?<!\bi\s+(?:\w+\s+)?)(?<v>took|takes|take|taken|keep(?:s)?|kept|hid(?:e|es)?|hidden|holds?|held|burn(?:ed|t|s)?|destroy(?:ed|s)?|ripped\s+up|tore\s+up)\s+(?:away\s+)?my\s+(?:passport|visa|id|identity\s+documents|documents|papers|birth\s+certificate|car\s+keys|keys|phone\s+away|sim\s+card|charger|medication|medicine|meds|pills|inhaler|glasses)\b(?!\s+(?:by\s+mistake|by\s+accident|accidentally|with\s+him\s+by|to\s+(?:renew|get|copy|post|fix|charge))|[^.!?;]{0,20}\b(?:because|since|as)\s+(?:his|her|their)\s+(?:own\s+)?(?:car|keys|phone|charger)\b)",
            SafetyRuleChecks.Act);
    }

    private static bool AcceptPersonal(Match m)
    {
        var verb = m.Groups["v"].Value.ToLowerInvariant();
        var what = m.Groups["what"].Value.ToLowerInvariant();
        var after = m.Groups["after"].Value;
        var before = Before(m, 30);
        if (Regex.IsMatch(before, @"\b(?:i|we|can\s+you|could\s+you|would\s+you|will\s+you|please|let\s+me|you\s+can|you\s+could|i\s+asked\s+(?:him|her|them|you)\s+to|i\s+let\s+(?:him|her|them|you))\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase, MatchTimeout)
            && !Regex.IsMatch(before, @"\b(?:stop|stopped|quit|keep|keeps|kept)\s+$|\b(?:he|she|they|you)\s+(?:\w+\s+)?(?:to|always|still|keeps|kept)\s+$|\b(?:tried|tries|wants?|demands?|starts?|started|used)\s+to\s+$", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return false; // "I checked my phone", "can you check my email?"
        }

        if (verb is "take" or "takes" or "took" or "taking" or "hide" or "hid" or "hides" or "delete" or "deletes" or "deleted" or "deleting" or "access" or "accesses" or "accessed")
        {
            // "took my phone to call his mum" is a borrowing; "took my phone away" or "deleted my messages" is control.
            return verb.StartsWith("delet", StringComparison.Ordinal) || verb.StartsWith("access", StringComparison.Ordinal)
                ? what is not ("mail" or "post" or "bag" or "handbag" or "purse" or "wallet" or "pockets") && !Regex.IsMatch(after, @"^\s*(?:by\s+(?:mistake|accident)|accidentally|for\s+me|to\s+(?:help|fix|free))", RegexOptions.IgnoreCase, MatchTimeout)
                : Regex.IsMatch(after, @"^\s*(?:away|off\s+me|from\s+me|so\s+(?:i|that\s+i)\s+(?:can't|couldn't|cannot|can\s+not|could\s+not)|and\s+(?:wouldn't|won't|refused|read|went|looked|smashed|threw|locked|hid)|when(?:ever)?\s+(?:i|he|she|they)|at\s+night|every\s+night|while\s+i\s+(?:sleep|slept|was\s+asleep)|to\s+(?:check|read|see\s+who|look\s+through|go\s+through))", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (verb.StartsWith("read", StringComparison.Ordinal) && what is "mail" or "post" or "diary" or "journal")
        {
            return true;
        }

        if (verb.StartsWith("look", StringComparison.Ordinal) && verb.EndsWith("at", StringComparison.Ordinal))
        {
            return what is not ("phone" or "mobile" or "laptop" or "computer") || Regex.IsMatch(after, @"^\s*(?:when|while|whenever|every|without|behind|at\s+night)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (verb.StartsWith("check", StringComparison.Ordinal) && what is "bag" or "handbag" or "purse" or "wallet" or "pockets" or "mail" or "post")
        {
            return !Regex.IsMatch(after, @"^\s*for\s+(?:my|the)\s+(?:keys|ticket|tickets|passport)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        return !Regex.IsMatch(after, @"^\s*(?:for\s+me|to\s+(?:help|fix|set\s+up|print|book|download|renew|pay\s+(?:a|the|our)|order|check\s+in|find\s+(?:the|an?)\s+(?:address|number|photo|recipe|booking|confirmation|tickets?))|because\s+i\s+asked|when\s+i\s+ask(?:ed)?|with\s+my\s+permission)", RegexOptions.IgnoreCase, MatchTimeout);
    }

    private static readonly Regex InstitutionRule = Compile(
        @"\b(?:(?:at|in|during|on)\s+(?:work|school|uni|college|church|the\s+(?:office|gym|pool|hospital|ward|lab|site|library|exam|exams|restaurant|shop|store|airport|plane|flight|warehouse|factory|building|course|club|job|museum|cinema|hotel|clinic|surgery|mosque|temple|synagogue|base|camp|ship|branch|depot|match|game))|on\s+(?:shift|site|duty|the\s+ward|the\s+job|placement)|for\s+(?:work|the\s+job|health\s+and\s+safety|the\s+exam|the\s+scan|the\s+test)|after\s+(?:the\s+|my\s+|an?\s+)?(?:operation|surgery|procedure|op|c-section|injection|injury|accident|concussion)|(?:until|till)\s+(?:the|my)\s+(?:stitches|cast|scan|results|check-?up)|before\s+(?:the|my|an?)\s+(?:\w+\s+)?(?:test|scan|operation|surgery|procedure|op|endoscopy|colonoscopy|anaesthetic|x-?ray|mri|bloods)|doctor's\s+orders|(?:the\s+)?(?:doctor|gp|nurse|physio|surgeon|midwife|consultant)\s+(?:says|said))\b");

    // "won't let me pay", "never lets me finish a sentence", "not allowed to eat sugar": ordinary.
    private static bool AcceptPermission(Match m)
    {
        if (Regex.IsMatch(Before(m, 40), @"\b(?:my|the|our|his|her)\s+(?:manager|boss|supervisor|employer|company|work|job|school|uni|college|teacher|coach|doctor|gp|nurse|landlord|landlady|council|bank|insurer|insurance|parents|mum|mom|dad|father|mother|gym|club|airline|office)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return false; // "my manager won't let me work from home": a rule at work, not a partner's control.
        }

        if (LongAgoOrElsewhere.IsMatch(SentenceOf(m)))
        {
            return false; // "I wasn't allowed to see my friends when I was grounded".
        }

        var act = m.Groups["act"].Value.ToLowerInvariant();
        var after = m.Groups["after"].Value;
        if (Regex.IsMatch(m.Groups["v"].Value, @"^(?:i'm|im|i\s+am|i\s+was|i\s+wasn't|i've|i'm\s+no|i\s+am\s+no|i'm\s+still|i\s+am\s+still)\b", RegexOptions.IgnoreCase, MatchTimeout)
            && InstitutionRule.IsMatch(after))
        {
            return false; // "I'm not allowed to wear jeans at work": a rule of a place or a doctor, with no person behind it.
        }

        var follows = act + after;
        if (Regex.IsMatch(follows, @"^(?:have|having)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return Regex.IsMatch(after, @"^\s*(?:a\s+(?:job|phone|bank\s+account|car|key|life|say|friend|social\s+life)|any\s+(?:money|friends|say|privacy|freedom|time\s+(?:alone|with|to\s+myself))|my\s+own|friends|money|access|the\s+car\s+keys|keys|privacy|a\s+password|a\s+lock|contact|visitors|people\s+over|anyone\s+over)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:go|going|leave|leaving|out|outside)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            // "won't let me leave the house without a coat": care about a thing, not about being kept in.
            return !Regex.IsMatch(after, @"^[^.!?;]{0,25}?\bwithout\s+(?!(?:him|them|you|telling|asking|checking\s+(?:with|in)|permission|his|their|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex))\b|her\b(?!\s+(?!being|knowing|permission|say-so|ok|okay)\w))", RegexOptions.IgnoreCase, MatchTimeout)
                && !Regex.IsMatch(after, @"^\s*(?:first|early|to\s+bed|to\s+sleep|of\s+the\s+conversation|until\s+we|without\s+saying|on\s+(?:that|the)\s+(?:trip|ride)|home\s+early|with\s+(?:it|that|this)|of\s+(?:it|that))", RegexOptions.IgnoreCase, MatchTimeout)
                && !Regex.IsMatch(act, @"^leav", RegexOptions.IgnoreCase, MatchTimeout) | Regex.IsMatch(after, @"^\s*(?:$|the\s+(?:house|flat|apartment|home|room)|him|her|them|the\s+relationship|the\s+marriage|home|on\s+my\s+own|alone|without|unless|for|to\s+see|[,.]|when)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:use|using)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return Regex.IsMatch(after, @"^\s*(?:the\s+car|my\s+(?:own\s+)?(?:phone|car|money|card|laptop|computer)|the\s+(?:phone|internet|computer|bank)|money|a\s+phone|social\s+media)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:eat|sleep)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return !Regex.IsMatch(after, @"^\s*(?:sugar|dessert|chocolate|sweets|junk|in\s+(?:on\s+)?(?:weekends|sunday|saturday)|on\s+the\s+(?:sofa|couch)|in\s+the\s+car|with\s+the\s+(?:light|tv|window))", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:spend|spending)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return !Regex.IsMatch(after, @"^\s*(?:(?:much|any|more)\s+)?time\s+(?:on\s+(?:the\s+)?(?:dishes|chores|it|that)|fixing|cleaning)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:call|calling|phone|ring|text|texting|message|contact)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return !Regex.IsMatch(after, @"^\s*(?:him|her|them|you)?\s*(?:at\s+work|during\s+(?:work|meetings)|after\s+(?:\d|ten|eleven|midnight)|when\s+(?:he|she|they)'?s?\s+(?:at\s+work|busy|driving))", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:drive|decide|choose|make\s+(?:decisions|my\s+own))\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return !Regex.IsMatch(after, @"^\s*(?:the\s+(?:restaurant|film|movie|music|route|holiday|paint|colour|color|name)|where\s+we\s+eat|what\s+we\s+(?:eat|watch))", RegexOptions.IgnoreCase, MatchTimeout);
        }

        if (Regex.IsMatch(follows, @"^(?:wear|wearing|dress)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return !Regex.IsMatch(after, @"^\s*(?:his|her|their|your)\s+(?:jumper|hoodie|shirt|jacket|coat|clothes)", RegexOptions.IgnoreCase, MatchTimeout);
        }

        return true;
    }

    // ---- isolation ------------------------------------------------------------------------------

    private static IEnumerable<SafetyRule> IsolationRules()
    {
        // "He won't let my family visit us", "she doesn't let anyone come over".
        yield return new SafetyRule([Isolation, MonitoringAndControl],
            Compile($@"\b(?<v>(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|don't|dont|didn't|didnt|never|wouldn't|wouldnt|refuses?\s+to|refused\s+to|no\s+longer)(?:\s+(?:ever|even))?\s+(?:let|lets|allow|allows|allowed))\s+(?:(?:my|any\s+of\s+my|any|our)\s+)?(?:\w+\s+)?(?:{People}|anyone|anybody|people)\s+(?:to\s+)?(?:visit|come\s+(?:over|round|around|near|to\s+the\s+house|in)|stay|see\s+(?:me|us)|near\s+(?:me|us)|call\s+(?:me|us)|in(?:to)?\s+the\s+house)\b"),
            SafetyRuleChecks.None);

        // Kept from people by permission: "won't let me see my friends" is control and isolation both.
        yield return new SafetyRule([Isolation, MonitoringAndControl],
            Compile($@"\b(?<v>{NotLetMe}|{INotAllowed}|(?:i'm|im|i\s+am|i\s+was)\s+(?:no\s+longer\s+)?allowed\s+(?:no|zero)|(?:says|said|tells\s+me|told\s+me)\s+(?:that\s+)?i\s+(?:can't|cannot|can\s+not|couldn't|am\s+not\s+allowed\s+to|'m\s+not\s+allowed\s+to|mustn't))"
                + $@"\s+(?:to\s+)?(?:see|visit|meet|talk\s+to|speak\s+to|call|phone|ring|text|message|contact|have|go\s+(?:out\s+with|to\s+see|see|visit)|(?:go\s+)?out\s+with|spend\s+time\s+with|hang\s+out\s+with|go\s+to)\s+(?:(?:my|any|any\s+of\s+my|other|new|old|our)\s+)?(?:\w+\s+)?{People}\b"),
            SafetyRuleChecks.None,
            m => !LongAgoOrElsewhere.IsMatch(SentenceOf(m)) && !InstitutionRule.IsMatch(After(m)));

        // Kept in unless the partner comes too: "she won't let me leave the house without her", "I'm not allowed out on my
        // own". Not "won't let me leave without a coat", not after surgery, not a mum's rule.
        yield return Rule([Isolation, MonitoringAndControl],
            $@"\b(?<v>{NotLetMe}|{INotAllowed})\s+(?:to\s+)?(?:leave\s+the\s+(?:house|flat|home|apartment)|go\s+(?:out|anywhere|outside|places|to\s+the\s+(?:shops?|park|town|supermarket))|out(?:\s+of\s+(?:the|my|our)\s+(?:house|flat|sight))?)\b[^.!?;]{{0,15}}?\b"
            + $@"(?:without\s+(?:him|them|my\s+{Noun})\b|without\s+her\b(?!\s+(?!being\b|knowing\b)\w)|on\s+my\s+own|alone|by\s+myself|unless\s+(?:he|she|they|my\s+{Noun})(?:'s|\s+is|\s+comes?|\s+goes?|'re|\s+are)\b)",
            SafetyRuleChecks.None,
            m => !NotAPartnerSpeaking.IsMatch(Before(m, 40)) && !InstitutionRule.IsMatch(After(m)) && !LongAgoOrElsewhere.IsMatch(SentenceOf(m)));

        // The person's people barred from the home: "he says my parents aren't welcome in our house", "she banned my sister
        // from the flat", "he told my brother never to come round again". Not "my parents are always welcome".
        yield return Rule([Isolation],
            $@"\b(?<v>(?:says|said|tells\s+me|told\s+me|made\s+it\s+clear|decided|insists|reckons)\s+(?:that\s+)?my\s+(?:own\s+)?(?:\w+\s+)?{People}\s+(?:aren't|arent|isn't|isnt|weren't|wasn't|(?:are|is|were|was)\s+(?:not|no\s+longer|never))\s+(?:welcome|allowed))\b"
            + $@"|\b{Who}{Aux}\s+(?<v>bann?(?:ed|s)|barred|bars)\s+my\s+(?:\w+\s+)?{People}\s+from\b"
            + $@"|\b{Who}{Aux}\s+(?<v>told|tells|warned)\s+my\s+(?:\w+\s+)?{People}\s+(?:never|not)\s+to\s+(?:come|visit|call|ring|text|contact|set\s+foot)\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.PersonSubject,
            m => !NotAPartnerSpeaking.IsMatch(Before(m, 40)));

        // "he cut me off from my family", "isolated me", "keeps me away from my friends", "stopped me seeing my mum".
        yield return Rule([Isolation],
            $@"\b(?<v>cut(?:s|ting)?|cutting)\s+me\s+off\s+from\b"
            + $@"|\b(?<v>isolat(?:e|es|ed|ing))\s+me\b"
            + $@"|\b(?<v>keep(?:s|ing)?|kept)\s+me\s+(?:away\s+)?from\s+(?:(?:my|all\s+my|any\s+of\s+my|the)\s+)?(?:\w+\s+)?(?:{People}|the\s+outside\s+world|going\s+out|seeing|visiting|talking\s+to|everyone)\b"
            + $@"|\b(?<v>stop(?:s|ped|ping)?)\s+me\s+(?:from\s+)?(?:seeing|visiting|meeting|talking\s+to|speaking\s+to|calling|phoning|ringing|texting|contacting|going\s+out\s+with|spending\s+time\s+with|having)\s+(?:(?:my|any|any\s+of\s+my|other|new|old)\s+)?(?:\w+\s+)?{People}\b"
            + $@"|\b(?<v>turn(?:s|ed|ing)?)\s+(?:my\s+|all\s+my\s+|the\s+|our\s+)?(?:whole\s+|entire\s+)?(?:{People}|everyone|everybody)\s+against\s+me\b"
            + $@"|\bi(?:'ve|\s+have|'d|\s+had|'m|\s+am|\s+was|\s+get|\s+got)?\s+(?:been\s+|being\s+)?(?<v>kept\s+(?:away\s+)?from|cut\s+off\s+from|stopped\s+from\s+seeing)\s+(?:(?:my|all\s+my|all\s+of\s+my|the)\s+)?(?:\w+\s+)?(?:{People}|everyone|everybody|the\s+outside\s+world)\b"
            + $@"|\b(?<v>(?:makes?|made|forces?|forced)\s+me\s+cancel)\s+(?:\w+\s+){{0,5}}?(?:see|seeing|meet|meeting|visit|visiting)\s+(?:(?:my|any\s+of\s+my)\s+)?(?:\w+\s+)?{People}\b"
            + @"|\b(?<v>stop(?:s|ped|ping)?\s+me)\s+(?:from\s+)?(?:going|attending|travelling|traveling)\s+(?:to\s+)?(?:my\s+)?(?:own\s+)?(?:\w+(?:'s|s')\s+)(?:wedding|funeral|party|birthday|house|home|place|christening|graduation|hospital\s+bed)\b"
            + @"|\b(?<v>(?:made|makes|forced|forces|pressured|pressures|got)\s+me\s+(?:to\s+)?(?:stop|give\s+up|quit))\s+(?:going\s+to|seeing|attending|visiting)\b"
            + $@"|\b(?<v>tells?|told|keeps\s+telling|says|said|keeps\s+saying|reckons|insists)\s+(?:me\s+)?(?:that\s+)?my\s+(?:\w+\s+)?(?:{People})\s+(?:are|is|were|was)\s+(?:only\s+|just\s+)?(?:using|against|jealous\s+of|lying\s+to|a\s+bad\s+influence|trying\s+to\s+(?:split|break|get\s+between)|turning\s+me|not\s+real|no\s+good|fake|toxic|poison(?:ous)?|evil|dangerous|bad\s+for\s+me|bad\s+news|manipulat\w+|out\s+to\s+get\s+me|controlling\s+me|brainwashing\s+me|laughing\s+at\s+me|talking\s+about\s+me)"
            + $@"|\bmy\s+(?<v>(?:family|friends|parents|mum|mom|dad|sister|brother|mates))\s+(?:don't|doesn't|won't|never|stopped|no\s+longer)\s+(?:visit(?:ing)?|com(?:e|ing)\s+(?:round|over|around|by)|call(?:ing)?)\b(?:\s+\w+){{0,2}}\s+because\s+(?:of\s+)?(?:{Whom}|{Who})\b"
            + $@"|\b(?<v>made\s+sure|makes\s+sure|make\s+sure)\s+(?:that\s+)?i\s+(?:don't|do\s+not|dont|never|can't|cannot|couldn't|didn't|no\s+longer)\s+(?:\w+\s+)?(?:see|talk\s+to|speak\s+to|visit|call|meet|contact|hear\s+from)\s+(?:(?:my|any\s+of\s+my|any)\s+)?(?:\w+\s+)?{People}\b"
            + $@"|\bi\s+(?:haven't|have\s+not|havent|hadn't|had\s+not)\s+(?:been\s+)?(?<v>(?:allowed|permitted))\s+to\s+(?:see|visit|talk\s+to|speak\s+to|call|contact|meet)\s+(?:(?:my|any\s+of\s+my|any)\s+)?(?:\w+\s+)?{People}\b"
            + @"|\b(?<v>moved\s+me|made\s+(?:us|me)\s+move|took\s+me)\s+(?:far\s+)?away\s+from\s+(?:my\s+|all\s+my\s+|everyone|everybody|the\s+people)"
            + $@"|\b(?<v>(?:made|makes|forces?|forced|pressured|pressures|got)\s+me\s+(?:to\s+)?(?:stop\s+seeing|stop\s+talking\s+to|cut\s+off|cut\s+(?:ties|contact)\s+with|block|unfriend|delete|drop|give\s+up|choose\s+between\s+(?:him|her|them)\s+and)\s+(?:(?:my|all\s+my|all\s+of\s+my|the)\s+)?(?:\w+\s+)?{People})\b",
            SafetyRuleChecks.Act);

        // "gets furious when I see my friends", "sulks for days if I visit my mum".
        yield return Rule([Isolation],
            @"\b(?<v>(?:gets?|got|goes|went|is|was|becomes?|became|turns?|turned)\s+(?:really\s+|so\s+|very\s+|super\s+|extremely\s+|insanely\s+)?(?:angry|mad|furious|jealous|violent|nasty|crazy|livid|aggressive|psycho|abusive|mental|ballistic|berserk|nuts|cold\s+for\s+days|moody|sulky|funny|weird|grumpy|huffy|arsey|off\s+with\s+me|cold|paranoid|suspicious)|sulks?(?:\s+for\s+days)?|picks?\s+a\s+(?:fight|row)|picked\s+a\s+(?:fight|row)|makes\s+a\s+(?:(?:huge|big|massive|real|great)\s+)?(?:scene|fuss)|made\s+a\s+(?:(?:huge|big|massive|real|great)\s+)?(?:scene|fuss)|kicks\s+off|kicked\s+off|starts\s+a\s+(?:fight|row)|throws\s+a\s+fit|has\s+a\s+go\s+at\s+me|punishes\s+me|punished\s+me|gives\s+me\s+the\s+silent\s+treatment\s+for\s+days|accuses\s+me\s+of\s+cheating)"
            + $@"\s+(?:when|if|whenever|every\s+time|each\s+time|after)\s+i\s+(?:\w+\s+)?(?:see|go\s+out|talk\s+to|speak\s+to|visit|meet|spend\s+time\s+with|call|text|phone|hang\s+out|go\s+(?:to|anywhere|out|somewhere)|have\s+(?:friends|people|anyone)|leave\s+the\s+house|want\s+to\s+(?:see|go)"
            + @"|(?:mention|suggest|bring\s+up|talk\s+about|ask\s+about|plan)\s+(?:seeing|visiting|going|meeting|calling|ringing|my\s+(?:friends|family|mum|mom|dad|parents|sister|brother|mates))|(?:make|made|have|arrange|arranged)\s+plans)\b",
            SafetyRuleChecks.Negation);

        // "I've lost all my friends because of him", "I have no one left since we married", "I'm cut off from everyone".
        yield return Rule([Isolation],
            $@"\b(?<v>lost\s+(?:all|most|touch\s+with\s+(?:all|most))\s+(?:of\s+)?my\s+(?:friends|family|mates)|(?:have|got|'ve\s+got|'ve)\s+(?:no\s+one|nobody|no\s+friends)\s+(?:left|anymore|any\s+more))\b(?=[^.!?;]{{0,40}}\b(?:because|since|him|her|them|he|she|they|you|partner|husband|wife|boyfriend|girlfriend|we\s+(?:met|married|moved|got\s+together)))"
            + @"|\b(?<v>(?:drove|drives|driven|driving|push(?:ed|es)?|scared|scares|chased|chases|frightened))\s+(?:all\s+)?(?:(?:my|our)\s+)?(?:friends|family|them|everyone|everybody|people|mates)\s+(?:all\s+)?away\b"
            + $@"|\b(?<v>(?:don't|do\s+not|dont|didn't)\s+have\s+(?:any\s+)?(?:friends|anyone|anybody|a\s+single\s+friend)\s+(?:anymore|any\s+more|left))\b(?=[^.!?;]{{0,40}}\b(?:because|since|him|her|them|he|she|they|partner|husband|wife|boyfriend|girlfriend))"
            + @"|\bi(?:'m|m|\s+am|\s+was|'ve\s+been|\s+have\s+been|\s+feel|\s+felt)\s+(?:so\s+|completely\s+|totally\s+)?(?<v>cut\s+off\s+from\s+(?:everyone|everybody|my\s+(?:friends|family|people|support))|isolated\s+from\s+(?:everyone|everybody|my\s+(?:friends|family))|not\s+allowed\s+(?:any\s+)?friends)\b",
            SafetyRuleChecks.Negation);
    }

    // Kept from people in other words: "he says I don't need anybody but him", "I haven't seen my family in a year
    // because of her", "he deleted my friends' numbers", "hides the car keys so I can't go anywhere", "choose him or them".
    private static IEnumerable<SafetyRule> MoreIsolationRules()
    {
        yield return Rule([Isolation],
            $@"\b(?<v>(?:says|said|tells\s+me|told\s+me|keeps\s+telling\s+me|keeps\s+saying|insists|reckons)\s+(?:that\s+)?i\s+(?:don't|do\s+not|dont|shouldn't|should\s+not)\s+need\s+(?:anyone|anybody|friends|other\s+people|my\s+(?:\w+\s+)?{People})\s+(?:else\s+)?(?:but|except|apart\s+from|other\s+than|besides|now\s+i\s+have)\s+(?:him|her|them|you))\b"
            + $@"|\b{Who}{Aux}\s+(?<v>deleted|deletes|blocked|blocks|removed|removes|wiped|wipes)\s+(?:all\s+)?(?:of\s+)?(?:my\s+(?:\w+\s+)?{People}(?:'s|')?\s+(?:contacts|numbers|phone\s+numbers|details|accounts|messages)|my\s+contacts|my\s+(?:\w+\s+)?{People}\b(?!'))"
            + $@"|\b(?<v>choose|pick)\s+(?:between\s+)?(?:him|her|them|you)\s+(?:or|and)\s+(?:them|my\s+(?:\w+\s+)?{People})\b",
            SafetyRuleChecks.Negation);

        // "I haven't seen my mum in a year because he kicks off": the "not" is the point, so no negation check.
        yield return Rule([Isolation],
            $@"\bi\s+(?:haven't|have\s+not|havent|hadn't|had\s+not|can't|cannot|cant|don't|dont|never|barely|hardly\s+ever|rarely)\s+(?:get\s+to\s+|been\s+able\s+to\s+)?(?<v>seen|see|visit(?:ed)?|spoken\s+to|speak\s+to|talked\s+to|talk\s+to)\s+(?:my\s+)?(?:\w+\s+)?{People}\b[^.!?;]{{0,40}}?\bbecause\s+(?:of\s+)?(?:{Whom}|{Who})\b"
            + $@"|\b{Who}{Aux}\s+(?<v>cancels?|cancelled|canceled|ruins?|ruined|sabotages?|sabotaged|wrecks?|wrecked)\s+(?:every|all|any)\s+(?:of\s+)?(?:my\s+)?plans?\s+(?:i\s+(?:make|made)\s+)?with\s+(?:my\s+)?(?:\w+\s+)?{People}\b"
            + @"|\b(?<v>(?:moved|took|takes|dragged)\s+(?:us|me)\s+(?:out\s+)?(?:to|away|miles|far))\b[^.!?;]{0,60}\b(?:i\s+(?:don't|do\s+not|dont|didn't|did\s+not)\s+know\s+(?:anyone|anybody|a\s+soul)|no\s+one\s+i\s+know|(?:and\s+)?took\s+(?:the|my)\s+(?:car\s+)?keys)",
            SafetyRuleChecks.None);

        // "hides the car keys so I can't go anywhere", "cut off my phone so I can't call my parents": the person kept
        // from leaving or reaching anyone, said after the partner's act in the same sentence.
        yield return Rule([Isolation],
            $@"(?<=\b(?:he|she|they|you|my\s+{Noun})\b[^.!?;]{{0,80}})\b(?<v>so\s+(?:that\s+)?i\s+(?:can't|cannot|cant|can\s+not|couldn't|could\s+not|won't\s+be\s+able\s+to))\s+(?:go\s+(?:anywhere|out|to\s+see)|leave(?:\s+the\s+house)?\b|get\s+out|escape|see\s+(?:anyone|anybody|my)|call\s+(?:anyone|anybody|my|for\s+help)|contact\s+(?:anyone|anybody|my)|talk\s+to\s+(?:anyone|anybody|my)|ring\s+(?:anyone|anybody|my)|reach\s+(?:anyone|anybody|my))",
            SafetyRuleChecks.Negation);
    }

    private const string Sabotage =
        @"(?:needs\s+the\s+car|needed\s+the\s+car|takes\s+the\s+car|took\s+the\s+car|gets?\s+(?:ill|sick|a\s+migraine|a\s+headache)|got\s+(?:ill|sick|a\s+migraine)|falls?\s+ill|fell\s+ill|has\s+(?:an?\s+)?(?:emergency|crisis|migraine|headache|meltdown)|had\s+(?:an?\s+)?(?:emergency|crisis|migraine|meltdown)"
        + @"|starts?\s+(?:a\s+)?(?:fight|row|argument)|started\s+(?:a\s+)?(?:fight|row|argument)|picks?\s+a\s+(?:fight|row)|picked\s+a\s+(?:fight|row)|kicks?\s+off|kicked\s+off|sulks|sulked|makes?\s+a\s+(?:scene|fuss)|made\s+a\s+(?:scene|fuss)"
        + @"|won't\s+(?:watch|mind|look\s+after|have)\s+the\s+(?:kids|children|baby)|refuses\s+to\s+(?:watch|mind|look\s+after)\s+the\s+(?:kids|children|baby)|hides\s+(?:my|the)\s+(?:keys|car\s+keys|phone)|hid\s+(?:my|the)\s+(?:keys|car\s+keys|phone))";

    // Cut off in ways the earlier rules did not read: distance, the phone taken when someone calls, lies told to the
    // person's people, being told everyone hates them, and giving things up because of how the partner reacts.
    private static IEnumerable<SafetyRule> IsolationByMeansRules()
    {
        // Kept from the places where people are: "he won't let me go to church or the gym", "I'm not allowed to take
        // classes", "she stops me joining the choir", "won't let me learn English". Control and isolation both.
        yield return Rule([Isolation, MonitoringAndControl],
            @"\b(?<v>(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|don't|dont|didn't|didnt|never|wouldn't|wouldnt|refuses?\s+to|refused\s+to|no\s+longer)(?:\s+(?:ever|even|really))?\s+(?:let|lets|allow|allows|allowed)\s+me|(?:i'm|im|i\s+am|i\s+was)\s+(?:not|no\s+longer)\s+allowed|(?:stops?|stopped|stopping|keeps?|kept)\s+me(?:\s+from)?)"
            + @"\s+(?:to\s+)?(?:go(?:ing)?\s+(?:to|out\s+to)|attend(?:ing)?|join(?:ing)?|tak(?:e|ing)|do(?:ing)?|learn(?:ing)?|sign(?:ing)?\s+up\s+(?:to|for))\s+(?:(?:the|my|any|a|an|our|evening|night|language)\s+)*(?:[\w-]+\s+)?(?:church|mosque|temple|synagogue|gym|classes|class|college|uni|university|school\s+gate|playgroup|toddler\s+group|book\s+club|choir|team|club|clubs|groups?|meetings?|parties|party|work\s+(?:dos?|parties|drinks|events)|the\s+pub|english|the\s+language|lessons|a\s+course|courses|driving\s+lessons|to\s+drive)\b",
            SafetyRuleChecks.None,
            m => !InstitutionRule.IsMatch(After(m)) && !NotAPartnerSpeaking.IsMatch(Before(m, 40)));

        // Friendship made costly: "he doesn't like me having friends of my own", "she makes me feel guilty every time I
        // visit my mum", "he tells my family I'm busy when they call".
        yield return Rule([Isolation],
            $@"\b{Who}{Aux}\s+(?<v>(?:doesn't|does\s+not|don't|do\s+not|didn't|never)\s+(?:like|want|want\s+me\s+to\s+have|approve\s+of)\s+me\s+(?:having|to\s+have|seeing|going\s+out\s+with|talking\s+to)\s+(?:any\s+)?(?:friends(?:\s+of\s+my\s+own)?|a\s+(?:social\s+)?life(?:\s+of\s+my\s+own)?|anyone\s+else|other\s+people|people\s+of\s+my\s+own|my\s+(?:own\s+)?(?:friends|family|mates)))\b(?!\s+(?:over|round|around)\s+(?:on|late|during|when|after))"
            + $@"|\b{Who}{Aux}\s+(?<v>(?:makes?|made)\s+me\s+feel\s+(?:so\s+|really\s+)?(?:guilty|bad|awful|terrible)\s+(?:every\s+time|whenever|when|if|for)\s+i\s+(?:\w+\s+)?(?:visit|see|seeing|visiting|call|calling|go\s+(?:out|to\s+see)|going\s+out|spend\s+time\s+with|meet|talk\s+to|text))\s+(?:my\s+)?(?:\w+\s+)?(?:{People}|out)\b"
            + $@"|\b{Who}{Aux}\s+(?<v>(?:tells?|told)\s+(?:my|any\s+of\s+my|all\s+my)\s+(?:\w+\s+)?{People}\s+(?:that\s+)?i(?:'m|\s+am|\s+was|'s|\s+is)\s+(?:\w+\s+)?(?:busy|out|asleep|not\s+(?:in|here|home|around|available|well)|ill|sick|unavailable|away))\s+(?:when|whenever|every\s+time|if)\s+(?:they|he|she|anyone|someone)\s+(?:call|calls|called|ring|rings|rang|come|comes|came|visit|visits|text|texts|phone|phones|knock|knocks)\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.PersonSubject);

        // Plans with family spoiled just in time: "every time I plan to see my brother he suddenly needs the car",
        // "she gets a migraine whenever I arrange to meet my friends".
        yield return Rule([Isolation],
            $@"\b(?:every\s+time|whenever|each\s+time|as\s+soon\s+as)\s+i\s+(?:plan|arrange|try|want|organi[sz]e|am\s+supposed|'m\s+supposed|make\s+plans)\s+(?:to\s+)?(?:see|visit|meet|go\s+out\s+with|call|with)\s+(?:my\s+)?(?:\w+\s+)?{People}\b[^.!?;]{{0,20}}?\b{Who}\s+(?:\w+\s+)?(?<v>{Sabotage})"
            + $@"|\b{Who}{Aux}\s+(?<v>{Sabotage})\s+(?:every\s+time|whenever|each\s+time|as\s+soon\s+as|when)\s+i\s+(?:plan|arrange|try|want|organi[sz]e|make\s+plans|have\s+plans)\s+(?:to\s+)?(?:see|visit|meet|go\s+out\s+with|call|with)\s+(?:my\s+)?(?:\w+\s+)?{People}\b",
            SafetyRuleChecks.Negation);

        // "she moved us three hours away from my family", "he took me abroad where I knew nobody".
        yield return Rule([Isolation],
            $@"\b{Who}{Aux}\s+(?<v>(?:moved|moves|took|takes|dragged|drags|relocated|relocates|uprooted|uproots)\s+(?:us|me)\b(?:[\s,]+[\w-]+){{0,5}}?[\s,]+(?:(?:away|(?:\w+\s+)?(?:miles|hours|kilometres|kilometers|km)(?:\s+away)?)\s+from\s+(?:(?:all\s+)?(?:my|our)\s+(?:\w+\s+)?{People}|everyone|everybody|everything\s+i\s+know)|(?:to\s+)?(?:somewhere|a\s+(?:place|town|village|country))\s+(?:where\s+)?i\s+(?:don't|do\s+not|didn't|did\s+not)\s+know\s+(?:anyone|anybody|a\s+soul)))\b"
            + $@"|\b{Who}{Aux}\s+(?<v>(?:moved|moves|took|takes|dragged|relocated)\s+(?:us|me))\b[^.!?;]{{0,60}}?\b(?:now\s+)?i\s+(?:know|knew|have|had|'ve\s+got)\s+(?:nobody|no\s*one|no-one|not\s+a\s+soul|no\s+friends)\b",
            SafetyRuleChecks.Negation);

        // "he hides my phone when my mum calls", "she turns off the wifi so I can't message anyone", "hangs up on my sister".
        yield return Rule([Isolation, MonitoringAndControl],
            $@"\b{Who}{Aux}\s+(?<v>(?:hides?|hid|takes?|took|grabs?|grabbed|snatch(?:es|ed)?|switch(?:es|ed)?\s+off|turns?\s+off|turned\s+off|unplugs?|unplugged|confiscates?|confiscated|locks?\s+away|locked\s+away|cuts?\s+off|disconnects?|disconnected|changes?\s+the\s+password\s+(?:on|to))\s+(?:my|the)\s+(?:phone|mobile|laptop|tablet|ipad|landline|wifi|wi-fi|internet|router|broadband|car\s+keys|keys|charger|sim(?:\s+card)?))(?:\s+(?:away|off))?"
            + $@"\s+(?:when(?:ever)?|every\s+time|if|before|as\s+soon\s+as|so(?:\s+that)?)\s+(?:(?:my|any\s+of\s+my|any)\s+(?:\w+\s+)?{People}\s+(?:calls?|called|rings?|rang|texts?|texted|messages?|messaged|visits?|comes?|came|tries|tried|wants?|phones?|phoned|facetimes?)|i\s+(?:can't|cannot|couldn't|can\s+not|won't\s+be\s+able\s+to)\s+(?:call|ring|text|message|see|reach|contact|talk\s+to|speak\s+to|phone)|i\s+(?:try|want|tried|wanted)\s+to\s+(?:call|ring|text|message|see|reach|contact|talk\s+to|speak\s+to|phone))\b"
            + $@"|\b{Who}{Aux}\s+(?<v>(?:hangs?|hung)\s+up\s+on\s+my\s+(?:\w+\s+)?{People}|answers?\s+my\s+phone\s+and\s+(?:tells?|told|says?|said|pretends?|hangs?\s+up))\b",
            SafetyRuleChecks.Negation,
            m => !Regex.IsMatch(SentenceOf(m), @"\b(?:surprise|party|prank|as\s+a\s+joke|game|hide\s+and\s+seek|present|gift)\b", RegexOptions.IgnoreCase, MatchTimeout));

        // "they told my friends I was crazy and now nobody talks to me", "she spreads lies about me to my family".
        yield return Rule([Isolation],
            $@"\b(?<v>(?:told|tells|telling|convinced|convinces|lied\s+to|lies\s+to|turned|turns|poisoned|poisons|messaged|messages|rang|rings|called|calls|texted|texts))\s+(?:all\s+)?(?:(?:of\s+)?(?:my|our)\s+(?:\w+\s+)?{People}|everyone|everybody)\b[^.!?;]{{0,60}}?\b(?:and|so)\s+(?:now\s+|since\s+then\s+)?(?:nobody|no\s*one|none\s+of\s+them|they(?:'ve|\s+have)?(?:\s+all)?|he|she|everyone|everybody|people)\s+(?:\w+\s+)?(?:(?:talks\s+to|speaks\s+to|calls|visits|invites|trusts|believes|avoids|ignores|blanks|(?:won't|wouldn't|doesn't|don't|didn't)\s+(?:talk\s+to|speak\s+to|see|answer|call|visit|believe))\s+me|stopped\s+(?:talking\s+to|speaking\s+to|calling|visiting|inviting|ringing|texting|messaging|answering|coming\s+(?:round|over|by))(?:\s+me)?|cut\s+(?:me\s+off|off\s+contact|contact))\b"
            + $@"|\b(?<v>(?:spread|spreads|spreading|tells?|told|telling)\s+(?:lies|rumou?rs|stories)\s+about\s+me\s+to\s+(?:all\s+)?(?:(?:my|our)\s+(?:\w+\s+)?{People}|everyone|everybody))\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.PersonSubject);

        // "he says everyone at church hates me so I don't go anymore", "she tells me my friends only pity me".
        yield return Rule([Isolation, Degradation],
            $@"\b(?<v>(?:says|said|tells\s+me|told\s+me|keeps\s+(?:saying|telling\s+me)|reckons|insists|convinced\s+me|swears))\s+(?:that\s+)?(?:"
            + $@"(?:everyone|everybody|all\s+(?:of\s+)?my\s+\w+|my\s+(?:\w+\s+)?{People}|people|they\s+all|the\s+(?:\w+\s+)?(?:mums|moms|parents|neighbou?rs|people))(?:\s+(?:at|in|from)\s+(?:my\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)??\s+(?:(?:secretly|really|all|only|just|actually|all\s+secretly)\s+)*(?:hates?|hated|can't\s+stand|laughs?\s+at|laughed\s+at|talks?\s+about|talked\s+about|gossips?\s+about|(?:doesn't|don't|does\s+not|do\s+not)\s+(?:really\s+)?(?:like|want|care\s+about|trust)|pit(?:y|ies)|feels?\s+sorry\s+for|puts?\s+up\s+with|pretends?\s+to\s+like|(?:is|are|were|was)\s+(?:only\s+|just\s+|all\s+)?(?:pretending\s+to\s+like|laughing\s+at|talking\s+about|sick\s+of|tired\s+of|using|against|embarrassed\s+by))\s+me"
            + @"|(?:nobody|no\s*one)(?:\s+(?:at|in|from)\s+(?:my\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)??\s+(?:really\s+|actually\s+|even\s+|ever\s+)?(?:likes|wants|cares\s+about|trusts|would\s+miss|misses|wants\s+to\s+see)\s+me)\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.PersonSubject);

        // "I stopped going to choir because he kicks off", "I don't go to the gym any more because she gets jealous".
        yield return Rule([Isolation],
            $@"\bi\s+(?:(?:just|eventually|finally|slowly|have|had|'ve)\s+)*(?<v>stopped|quit|gave\s+up|give\s+up|(?:don't|dont|do\s+not|can't|cannot|no\s+longer|never)\s+(?:go|get\s+to\s+go|see|visit|get\s+to\s+see))\b[^.!?;]{{0,40}}?\b(?:because|since|as|cos|coz|'cause|cause)\s+(?:{Who}{Aux}\s+(?:(?:gets?|got|goes|went)\s+(?:so\s+|really\s+)?(?:jealous|angry|mad|furious|funny|nasty|weird|mental|crazy|sulky|cold|moody)|kicks?\s+off|kicked\s+off|sulks?|sulked|accuses\s+me|accused\s+me|makes?\s+a\s+(?:scene|fuss)|made\s+a\s+(?:scene|fuss)|punishes\s+me|punished\s+me|won't\s+let\s+me|wouldn't\s+let\s+me|doesn't\s+like\s+(?:it|me\s+going)|hates\s+(?:it|me\s+going)|gives\s+me\s+(?:hell|grief|the\s+silent\s+treatment)|goes\s+on\s+and\s+on)|of\s+(?:him|her|them|my\s+{Noun}|how\s+{Who}\s+react|the\s+(?:rows|fights|scenes)\s+(?:he|she|they)))",
            SafetyRuleChecks.None);
    }

    // ---- degradation ---------------------------------------------------------------------------

    private const string Slur =
        @"(?:names|stupid|worthless|useless|fat|ugly|pathetic|disgusting|crazy|psycho|mental|insane|whore|slut|bitch|cunt|idiot|moron|retard(?:ed)?|loser|failure|dumb|thick"
        + @"|a\s+waste(?:\s+of\s+space)?|nothing|trash|garbage|rubbish|pig|cow|hag|a\s+(?:dog|rat|animal|parasite|leech|maggot|worm|slob|scrounger)\b(?!\s+(?:person|lover|owner|walker|whisperer))|bimbo|frigid|slag|tart|hoe|ho|skank|mad|nuts|unlovable|hysterical|a\s+joke|a\s+nobody"
        + @"|a\s+(?:bad|terrible|useless|shit|crap|rubbish|awful|horrible|worthless)\s+(?:mother|father|mum|mom|dad|wife|husband|parent|partner|person))";

    // "useless at board games", "hopeless at parking": a verdict on one skill, not on the person's worth.
    private static readonly Regex OneSkillOnly = Compile(
        @"^\s*(?:at|with)\s+(?!(?:everything|anything|life|being|this|that|it|all|home|sex|loving|parenting|mothering|relationships?)\b)(?:\w+\s+){0,2}?(?:games?|chess|cards|darts|pool|golf|tennis|football|maths|math|spelling|quizzes|quiz|trivia|scrabble|monopoly|parking|driving|directions|map|maps|cooking|baking|singing|dancing|karaoke|sudoku|crosswords?|board\s+games|video\s+games|mario\s+kart|fifa|bowling|skiing|swimming|drawing|poker|bingo|charades|pictionary|jokes|tech|computers)\b");

    private static IEnumerable<SafetyRule> DegradationRules()
    {
        // "he calls me stupid", "she called me a fat cow", "you call me names".
        yield return Rule([Degradation],
            $@"\b(?<v>call(?:s|ed|ing)?)\s+me\s+(?:(?:a|an|the|his|her|their|such\s+a|such\s+an|fucking|fat|stupid|ugly|lazy|useless|dumb|worthless|little|dirty|crazy|fucking)\s+){{0,3}}{Slur}\b(?![^.!?;]{{0,25}}\b(?:as\s+a\s+joke|jokingly|joking|in\s+jest|teasing|playfully|lol|haha|for\s+(?:buying|wearing|liking|watching|believing|eating|doing)\b))",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        // "he tells me I'm worthless", "she says no one else would want me", "keeps telling me I'm crazy".
        // Not a sister's "you're useless at board games": another speaker, or a verdict on one skill, is teasing.
        yield return new SafetyRule([Degradation], Compile(
            @"\b(?<v>tell(?:s|ing)?|told|say(?:s|ing)?|said|remind(?:s|ed|ing)?|scream(?:s|ed)?|yell(?:s|ed)?|shout(?:s|ed)?)\s+(?:me\s+|(?:the\s+(?:kids|children|boys|girls)|everyone|everybody|people|anyone\s+who'll\s+listen|(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:friends|family|kids|children|mates|parents|mum|mom|dad|sister|brother|boss|colleagues|son|daughter))\s+)?(?:that\s+)?(?:i(?:'m|m|\s+am|\s+was|'d\s+be|\s+would\s+be|'ll\s+never\s+be|\s+will\s+never\s+be|\s+look|\s+am\s+just|'m\s+just)\s+(?:(?:so|such\s+an?|a|an|just|nothing\s+but|completely|totally|fat\s+and|stupid\s+and|ugly\s+and|too)\s+)*"
            + @"(?:worthless|nothing|stupid|useless|ugly|fat|crazy|mad|insane|mental|a\s+failure|pathetic|disgusting|unlovable|a\s+burden|a\s+joke|a\s+waste|dumb|an\s+idiot|a\s+nobody|worth\s+nothing|an\s+embarrassment|a\s+disgrace|a\s+disappointment|a\s+(?:total\s+|complete\s+)?(?:mess|loser|freak|slut|whore|bitch|cow|pig|moron|liability)|good\s+for\s+nothing|too\s+(?:fat|ugly|stupid|old)\s+(?:for|to)|lucky\s+(?:he|she|they|to\s+have\s+(?:him|her|them|someone|anyone|a\s+(?:man|woman|partner|husband|wife|boyfriend|girlfriend)\s+like)|anyone)|imagining\s+(?:it|things)|making\s+(?:it|things|this)\s+up|a\s+(?:bad|terrible|useless)\s+(?:mother|father|mum|mom|dad|wife|husband|parent))"
            + @"|(?:no\s*one|nobody|no\s+(?:other\s+)?(?:man|woman|guy|girl|one\s+else)|no\s+one\s+else)\s+(?:else\s+)?(?:would|will|could)\s+(?:ever\s+)?(?:want|love|have|put\s+up\s+with|date|marry|touch|believe)\s+me"
            + @"|(?:it|that)\s+never\s+happened|(?:everyone|everybody|people|my\s+(?:family|friends|parents|mum|mom|doctor|boss)|our\s+(?:friends|family)|the\s+(?:police|kids|children))\s+(?:that\s+)?i(?:'m|m|\s+am|\s+was)\s+(?:\w+\s+)?(?:crazy|mad|insane|unstable|mental|a\s+liar|lying|abusive|the\s+problem|violent|an\s+alcoholic|a\s+bad\s+mother|a\s+bad\s+father)|i(?:'m|\s+am)\s+(?:imagining|making)\s+(?:it|things|this)(?:\s+up)?)\b"),
            SafetyRuleChecks.Negation | SafetyRuleChecks.PersonSubject,
            m => !NotAPartnerSpeaking.IsMatch(Before(m, 40)) && !OneSkillOnly.IsMatch(After(m)));

        // "he says I should be grateful he even puts up with me", "she reminds me I'm lucky anyone would have me",
        // "he says he's the only one who'd ever love me".
        yield return new SafetyRule([Degradation], Compile(
            @"\b(?<v>tell(?:s|ing)?|told|say(?:s|ing)?|said|remind(?:s|ed|ing)?|reckons|insists|keeps\s+(?:saying|telling\s+me))\s+(?:me\s+)?(?:that\s+)?"
            + @"(?:i(?:'m|m|\s+am|\s+should|\s+ought\s+to|'d\s+better|\s+had\s+better|\s+need\s+to|\s+must)\s+(?:be\s+)?(?:so\s+|really\s+|just\s+|very\s+)?(?:grateful|thankful|lucky)\b[^.!?;]{0,30}?\b(?:(?:he|she|they|you|anyone|anybody|someone|somebody)\s+(?:\w+\s+)?(?:puts?\s+up\s+with|stays?\s+with|stayed\s+with|wants?|loves?|married|bothers?\s+with|tolerates?|looks?\s+at|sleeps?\s+with|touches?|keeps?|would\s+have|will\s+have|has)\s+me|to\s+have\s+(?:him|her|them|anyone|anybody|someone|a\s+(?:man|woman|husband|wife|partner|boyfriend|girlfriend)))"
            + @"|(?:he|she|they)(?:'s|\s+is|\s+are|'re)\s+the\s+only\s+(?:one|person|man|woman|guy|girl)\s+(?:who|that)(?:\s+would|\s+will|\s+could|'d|'ll)\s+(?:ever\s+)?(?:put\s+up\s+with|love|want|have|tolerate|stay\s+with|touch)\s+me)\b"),
            SafetyRuleChecks.Negation | SafetyRuleChecks.PersonSubject,
            m => !NotAPartnerSpeaking.IsMatch(Before(m, 40)));

        // "no one else would ever want me, he says"; "he belittles me", "puts me down in front of people", "treats me like dirt".
        yield return Rule([Degradation],
            @"\b(?<v>belittl(?:e|es|ed|ing)|degrad(?:e|es|ed|ing)|demean(?:s|ed|ing)?|humiliate|humiliat(?:es|ing)|(?:always|constantly|keeps)\s+humiliat(?:ing|es)?|mocks|ridicules|sneers\s+at|spits\s+on|name-?call(?:s|ing))\s+(?:me\b|my\s+(?:job|work|intelligence|body|looks|appearance|opinions?|ideas?|family|friends|cooking|parenting|career|feelings|accent)|(?:everything|anything|all)\s+(?:that\s+)?i\s+(?:do|say|think|make|wear|cook|try))"
            + @"|\b(?<v>put(?:s|ting)?)\s+me\s+down\b(?=\s*(?:[.!?,;]|$|in\s+front|in\s+public|all\s+the\s+time|constantly|every|about|for\s+(?:everything|being|my|the\s+way|how|what|who)|when|whenever|and|again|at\s+(?:every|home|dinner|parties)|to\s+(?:his|her|their|my)\s+(?:friends|family|mates|parents|mum|mom)))"
            + @"|\b(?<v>treat(?:s|ed|ing)?)\s+me\s+like\s+(?:(?:a|an|his|her|their|total|complete|absolute|a\s+piece\s+of)\s+)*(?:dirt|shit|crap|garbage|trash|rubbish|a\s+(?:slave|servant|maid|dog|animal|doormat|punchbag|punching\s+bag|object|prisoner|possession)|slave|servant|maid|dog|animal|nothing|property|an\s+object|his\s+property|her\s+property|meat)\b"
            + @"|\b(?<v>(?:makes?|made)\s+me\s+feel\s+(?:so\s+|completely\s+|totally\s+)?(?:worthless|like\s+(?:nothing|dirt|garbage|trash|a\s+piece\s+of|i'?m\s+nothing|i'?m\s+worthless)))"
            + @"|\b(?<v>(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?(?:beg|kneel|grovel|crawl|sleep\s+on\s+the\s+floor|eat\s+off\s+the\s+floor|apologi[sz]e\s+on\s+my\s+knees|eat\s+(?:after\s+(?:everyone|everybody|him|her|them)|last|alone\s+in\s+the\s+kitchen|(?:his|her|their|the)\s+(?:scraps|leftovers))|sleep\s+(?:in\s+the\s+car|outside|in\s+the\s+garage|on\s+the\s+doorstep)|ask\s+(?:permission\s+)?(?:to|before\s+i)\s+(?:eat|sit\s+down|use\s+the\s+(?:toilet|bathroom)|speak)))\b"
            + @"|\b(?<v>(?:rates?|rated|scores?|scored|grades?|graded|ranks?|ranked))\s+my\s+(?:body|looks|weight|face|appearance|boobs|breasts|bum)\b"
            + @"|\b(?<v>(?:compares?|compared|comparing))\s+(?:me|my\s+(?:body|looks|weight|face|appearance))\s+(?:to|with)\s+(?:his|her|their)\s+(?:ex|exes|ex-\w+|friends'?|mates'?)\b"
            + @"|\b(?<v>(?:mocks?|mocked|laughs?\s+at|laughed\s+at|comments?\s+on|sneers?\s+at|insults?|insulted)\s+my\s+(?:body|weight|appearance|looks|accent|skin|face|intelligence|family|religion|caste|disability))\b"
            + @"|\b(?<v>(?:makes?|made|making)\s+fun\s+of)\s+(?:me\s+in\s+front\s+of\s+(?:everyone|everybody|people|the\s+kids|the\s+children|(?:his|her|their|our)\s+(?:friends|family|mates|parents))|my\s+(?:weight|body|looks|appearance|face|accent|intelligence|english|teeth|skin|disability))"
            + @"|\b(?<v>treat(?:s|ed|ing)?)\s+me\s+like\s+(?:i'm|i\s+am|i\s+was)\s+(?:his|her|their|a|an|the)\s+(?:maid|slave|servant|dog|idiot|nothing|property|possession|skivvy|punchbag|child)\b"
            + @"|\b(?<v>(?:mocks?|mocked|mocking|laughs?\s+at|laughed\s+at|sneers?\s+at|sneered\s+at|imitates?|imitated|mimics?|mimicked))\s+(?:the\s+way\s+i|how\s+i)\s+(?:talk|speak|look|dress|walk|cook|sound|eat|laugh|write|read)\b"
            + @"|\b(?<v>(?:emotional|verbal|psychological|mental)\s+abuse|(?:emotionally|verbally|psychologically|mentally)\s+(?:abus(?:e|es|ed|ive|ing)|cruel|violent|torture[sd]?))\b"
            + @"|\b(?<v>(?:makes?|made)\s+me\s+(?:question|doubt)\s+my\s+(?:own\s+)?(?:memory|sanity|mind|reality|judgement|judgment|perception))\b"
            + @"|\b(?<v>gaslight(?:s|ed|ing)?)\s+me\b"
            + $@"|\b{Who}{Aux}\s+(?<v>posted|posts|shared|shares|sent|sends|showed|shows|put)\s+(?:(?:a|the|some|those|these|my|private|intimate|old)\s+)?(?:videos?|photos?|pictures?|pics|clips?|recordings?|screenshots?|nudes)\s+of\s+me\b(?=[^.!?;]{{0,60}}\b(?:crying|naked|nude|undress|drunk|asleep|being\s+sick|laugh|mock|humiliat|without\s+(?:my\s+)?(?:permission|consent|asking)|to\s+(?:his|her|their)\s+(?:mates|friends)|online|to\s+everyone|for\s+everyone))",
            SafetyRuleChecks.Act);
    }

    // Made a laughing stock before others: "he reads out my mistakes to his family to make them laugh at me", "she gets her
    // friends to laugh at me". Not "to make me laugh", not a brother's teasing.
    private static IEnumerable<SafetyRule> LaughingStockRules()
    {
        yield return Rule([Degradation],
            @"\b(?<v>(?:make|makes|made|making|get|gets|got|getting)\s+(?:them|everyone|everybody|people|the\s+(?:kids|children|whole\s+\w+)|(?:all\s+)?(?:his|her|their|our)\s+(?:\w+\s+)?(?:friends|family|mates|parents|colleagues|sisters?|brothers?|mum|mom|dad|kids|children|guests))\s+(?:to\s+)?(?:all\s+)?laugh\s+at\s+me"
            + @"|so\s+(?:that\s+)?(?:they|everyone|everybody|people|(?:his|her|their)\s+\w+)\s+(?:can\s+|could\s+|will\s+|would\s+)?(?:all\s+)?laughs?\s+at\s+me)\b",
            SafetyRuleChecks.Negation,
            m => !SomeoneElseLeads.IsMatch(SentenceOf(m)));
    }

    private static readonly Regex SomeoneElseLeads = Compile($@"^\W*{SomeoneElse}\b");

    // Declared last so every constant and pattern above is initialised before the rules are built.
    internal static IReadOnlyList<SafetyRule> All { get; } = Build();

    // ---- helpers -------------------------------------------------------------------------------

    internal static string Before(Match m, int length)
    {
        var source = m.Result("$`");
        return source.Length <= length ? source : source[^length..];
    }

    private static string After(Match m)
    {
        var rest = m.Result("$'");
        return rest.Length <= 60 ? rest : rest[..60];
    }

    // The sentence a match sits in, read for markers anywhere in it ("haha", "in a good way", "fire alarm").
    internal static string SentenceOf(Match m)
    {
        var before = m.Result("$`");
        var after = m.Result("$'");
        var start = before.LastIndexOfAny(['.', '!', '?', '\n']) + 1;
        var end = after.IndexOfAny(['.', '!', '?', '\n']);
        return before[start..] + m.Value + (end < 0 ? after : after[..end]);
    }

    private static SafetyRule Rule(SafetySignalKind[] kinds, string pattern, SafetyRuleChecks checks, Func<Match, bool>? accept = null) =>
        new(kinds, Compile(pattern), checks, accept);

    // A threat told as words the partner said or wrote, read with the joke and other-speaker checks.
    private static SafetyRule SpokenThreat(string pattern, SafetyRuleChecks checks) => new([Threat], Compile(pattern), checks, NotAJokingThreat);

    private static Regex Compile(string pattern) => new(pattern, Options, MatchTimeout);

    private static HashSet<string> Set(params IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    internal static bool IsNotAPerson(string word) => NotAPersonDoing.Contains(word);
}
