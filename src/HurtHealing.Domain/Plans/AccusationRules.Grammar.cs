using HurtHealing.Domain.Incidents;
using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// The rules added for issue 11, written by grammar rather than by phrase: who the clause is about (the partner
/// as "you", or "he"/"she"/"my husband"), what it claims about them (their motives, their whole character, their
/// rank against someone else, other people's verdict, a consequence) and how absolute it is ("every single
/// time", "not once"). Each rule reads one clause and turns away the kindly readings it would otherwise catch
/// ("you matter more to me than anything", "every time we hike I feel happy").
/// </summary>
internal static partial class AccusationRules
{
    // The partner as the subject of a clause.
    private const string Partner =
        @"(?:you|he|she|my\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?))";

    // "you", "you're", "you have", "he's", with the fillers people put between subject and verb.
    private const string PartnerSubject =
        Partner + @"(?:'re|re|\s+are|'s|\s+is|'ve|ve|\s+have|\s+has|\s+were|\s+was|'d|d|\s+would|'ll|ll|\s+will)?"
        + @"(?:\s+(?:just|really|honestly|literally|seriously|simply|so))*";

    // Words that make a clause kindly, so an "every time" or "because of you" in it is praise, not blame.
    private static readonly Regex Kindly = Compile(
        @"\b(?:happy|happier|smile|smiling|laugh|laughing|better|grateful|thankful|lucky|love|loved|lovely|proud|safe|enjoy|enjoyed|fun"
        + @"|calm|calmer|warm|special|beautiful|great|wonderful|amazing|glad|excited|hopeful|stronger|learned|learnt|got\s+the\s+job|made\s+it"
        + @"|passed|believe\s+in|best|welcome|light\s+up|lights\s+up)\b");

    // Words that show a clause is hurt or complaint, for the patterns that are neutral on their own.
    private static readonly Regex Sore = Compile(
        @"\b(?:not|never|no|n't|nt|couldn't|can't|cannot|didn't|don't|won't|wouldn't|ruin\w*|spoil\w*|wreck\w*|forg[eo]t\w*|late|ignor\w*"
        + @"|embarrass\w*|humiliat\w*|hurt|sad|angry|upset|stress\w*|anxious|awake|alone|lonely|cry|cried|crying|miss(?:ed)?|lost|lose|wast\w*"
        + @"|stuck|sick|worst|worse|bad|badly|wrong|selfish|rude|mean|lazy|lied|lying|lie|excuses?|out\s+of\s+line|phone|left|walk\w*\s+off|interrupt\w*"
        + @"|criticis\w*|criticiz\w*|shout\w*|yell\w*|cancel\w*|mess\w*|disrespect\w*|treat\s+me|to\s+me|busy|leave|leaves|leaving|on\s+my\s+own|by\s+myself|sitting|waiting|stuck|disappear\w*|last\s+word|without\s+(?:me|us)|gone|away|elsewhere|somewhere\s+else)\b");

    private static IEnumerable<AccusationRule> GrammarRules() =>
    [
        .. MindReading(), .. GlobalCriticism(), .. Comparison(), .. OthersOpinion(), .. VeiledThreats(),
        .. SarcasticPraise(), .. BlameWithoutMakeMe(), .. AbsoluteWithoutAlwaysOrNever(), .. MoreOfTheOldKinds(),
    ];

    // ---- mind-reading: a claim about what goes on inside them --------------------------------------

    private const string MentalVerb =
        @"(?:care|cared|love|loved|want|wanted|think|thought|like|liked|prefer|preferred|mean|meant|notice|noticed|respect|value|see|get|understand"
        + @"|enjoy|enjoyed|wish|wished|need|needed|feel|felt|remember|trust|believe|give\s+a\s+damn|give\s+a\s+shit)";

    // Inside "I feel like you…" the thought is the JudgementAsFeeling finding's to explain; not read twice.
    private const string NotInAThought = @"(?<!\b(?:feel|feels|felt|feeling|sense|impression)\s+(?:that\s+|like\s+|as\s+if\s+|as\s+though\s+)?(?:you\s+)?)";

    private static IEnumerable<AccusationRule> MindReading()
    {
        // "you obviously don't care", "you clearly prefer them", "he secretly wants out": certainty about their inside.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?=you|he|she|my)(?<!\b(?:think|wonder|feel|guess|suppose|hope|worry|afraid|scared|sure|if|whether|maybe|perhaps)\s+(?:that\s+)?)"
            + NotInAThought + PartnerSubject + @"\s+(?:obviously|clearly|secretly|evidently|apparently|actually|deep\s+down|plainly)"
            + @"(?:\s+(?:just|only|never|even))*\s+(?:(?:do|does|did)n't\s+|(?:do|does|did)\s+not\s+|dont\s+)?(?:even\s+)?" + MentalVerb + @"\b");

        // "you did it on purpose", "you left early deliberately", "you said that to hurt me": a motive stated as fact.
        yield return Rule(AccusationKind.MindReading,
            @"\b(?=you|he|she)(?<!\b(?:if|whether|think|wonder|guess|maybe|not\s+saying)\s+(?:that\s+)?)(?:you|he|she)\b(?!'d\s+never|\s+didn't|\s+never)(?=[^.!?;]{0,60}?\b(?:on\s+purpose|deliberately|intentionally|purposely)\b)[^.!?;]{0,40}?\b(?:on\s+purpose|deliberately|intentionally|purposely)\b"
            + @"|\b" + PartnerSubject + @"\s+(?:did|do|does|said|say|says|are\s+doing|'re\s+doing|re\s+doing|are\s+saying|'re\s+saying|keep\s+doing)"
            + @"(?:\s+(?:it|that|this|so))?(?:\s+(?:just|only))?\s+to\s+(?:hurt|punish|upset|annoy|spite|embarrass|get\s+back\s+at|control|provoke)\b");

        // "you just want to get out of it", "you only wanted an excuse", "you're just trying to make me look bad".
        yield return Rule(AccusationKind.MindReading,
            @"\b(?=you|he|she|my)(?<!\b(?:if|when|whether|unless|think|guess|wonder|maybe)\s+)" + NotInAThought + Partner + @"(?:'re|re|\s+are|'ve|ve|\s+have)?\s+(?:just|only|simply)\s+(?:want(?:ed)?\s+(?:to\s+)?|trying\s+to\s+|(?:said|say)\s+(?:it|that)\s+to\s+|looking\s+for\s+|using\s+)"
            + @"(?!to\s+help|help|be\s+(?:close|with\s+me|happy)|make\s+me\s+(?:happy|laugh|smile))");

        // "you don't even want to be here", "you don't care how I feel", "you don't love me anymore".
        yield return new AccusationRule(AccusationKind.MindReading,
            Compile(@"\b(?=you|he|she|my)(?<!\b(?:think|wonder|feel|guess|suppose|hope|worry|afraid|scared|sure|if|whether|maybe|perhaps|know|knew|not\s+saying|say)\s+(?:that\s+)?)"
                + NotInAThought + @"(?<hit>" + Partner + @"\s+(?:(?:do|does)n't|(?:do|does)\s+not|dont|doesnt)\s+(?:even\s+|really\s+|actually\s+)?"
                + @"(?:care|love|want\s+(?:to\s+be\s+(?:here|with\s+me)|me|this|us|to\s+be\s+married)|respect|value|like\s+me|give\s+a\s+(?:damn|shit)|think\s+about\s+(?:me|us)|notice\s+me|see\s+me|want\s+to\s+(?:know|hear|listen|try|change|be\s+here)))\b(?<rest>[^.!?;]{0,40})"),
            // "you don't care about anyone but yourself" is a verdict on their character, not a guess at a feeling.
            m => !Totalising.IsMatch(m.Groups["rest"].Value));

        // "I know you think I'm overreacting", "I know you don't care", "I can tell you'd rather be elsewhere"; but "I know
        // you didn't mean to hurt me" forgives.
        yield return Rule(AccusationKind.MindReading,
            @"\bi\s+(?:know|can\s+tell|can\s+see|bet)\s+(?:that\s+)?(?:deep\s+down\s+)?" + Partner + @"(?!\s+(?:never|didn't|didnt|did\s+not)\s+(?:meant|mean|intended|intend|wanted\s+to\s+hurt|want\s+to\s+hurt))"
            + @"(?:'d|d|\s+would)?\s+(?:(?:just|only|secretly|really)\s+)?(?:think|thought|want|wanted|don't|dont|do\s+not|didn't|never|couldn't\s+care|rather|wish|hate|resent|blame|prefer|only|just|secretly|are\s+(?:lying|hiding|pretending)|'re\s+(?:lying|hiding|pretending)|were\s+(?:lying|hiding|pretending))\b");

        // "you couldn't care less", "you'd rather be anywhere else".
        yield return Rule(AccusationKind.MindReading,
            @"\b" + Partner + @"\s+(?:couldn't|could\s+not|couldnt)\s+care\s+less\b|\b" + Partner + @"(?:'d|d|\s+would)\s+(?:much\s+)?rather\s+be\s+(?:anywhere|somewhere|with\s+(?:them|her|him|anyone))\b");
    }

    // ---- global criticism: a verdict on their whole character --------------------------------------

    private static readonly Regex Totalising = Compile(
        @"\b(?:anyone|anybody|anything|everyone|everybody|everything|nobody|no\s+one|nothing|but\s+yourself|but\s+himself|but\s+herself|except\s+yourself|other\s+than\s+yourself|at\s+all|whatsoever)\b");

    private static IEnumerable<AccusationRule> GlobalCriticism()
    {
        // "you don't care about anyone but yourself", "you only ever think of yourself", "it's all about you".
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b" + Partner + @"\s+(?:(?:do|does)n't|(?:do|does)\s+not|dont|doesnt)\s+(?:even\s+|really\s+)?(?:care|think)\s+(?:about|of)\s+(?:anyone|anybody|anything|anyone\s+else|other\s+people)"
            + @"|\b" + Partner + @"\s+(?:only|just)\s+(?:ever\s+)?(?:think|care|thinks|cares|thought|cared)\s+(?:about|of)\s+(?:yourself|himself|herself|you|number\s+one)\b"
            + @"|\b(?:it's|its|it\s+is|everything\s+is|everything's)\s+(?:always\s+|all\s+)?(?:all\s+)?about\s+(?:you|him|her)(?:rself|rself)?(?=\s*(?:[.!?,;]|$|isn't|and|with))");

        // "you have no respect for me", "you've got no idea how to love anyone", "you show no empathy".
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b" + Partner + @"(?:'ve|ve|\s+have|\s+has|'s)?\s+(?:got\s+|show\s+|shows\s+)?(?:no|zero)\s+(?:respect|consideration|empathy|compassion|heart|shame|decency|manners|backbone|spine|self-control|regard|idea\s+how\s+to|clue\s+how\s+to|sense\s+of|loyalty|integrity)\b"
            + @"|\b" + Partner + @"\s+(?:(?:do|does)n't|dont|doesnt|do\s+not|does\s+not)\s+have\s+(?:a|any)\s+(?:caring|kind|loving|decent|honest|considerate)\s+bone\b");

        // "there's something wrong with you", "what kind of person does that", "you're incapable of keeping a promise".
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b(?:there(?:'s|s|\s+is)\s+(?:something|seriously\s+something|clearly\s+something)|something(?:'s|\s+is|\s+must\s+be)(?:\s+(?:seriously|really|badly|clearly|very))?)\s+wrong\s+with\s+(?:you|him|her)\b"
            + @"|\bwhat\s+kind\s+of\s+(?:a\s+)?(?:person|man|woman|husband|wife|partner|boyfriend|girlfriend|father|mother|human\s+being)\s+(?:does|would|are\s+you|is\s+he|is\s+she|says|treats|acts)\b"
            + @"|\b" + Partner + @"(?:'re|re|\s+are|'s|\s+is)\s+(?:completely\s+|totally\s+|just\s+|simply\s+)?(?:incapable|unable|not\s+capable)\s+of\b"
            + @"|\b" + Partner + @"(?:'re|re|\s+are|'s|\s+is)\s+(?:impossible\s+to\s+(?:talk|live|reason|deal|be)|the\s+(?:problem|worst|reason\s+everything)|no\s+good\s+at\s+anything|bad\s+at\s+everything|a\s+terrible\s+(?:partner|husband|wife|person|boyfriend|girlfriend|father|mother))\b");

        // "you can't do anything right", "you ruin everything", "you never do anything for anyone".
        yield return Rule(AccusationKind.GlobalCriticism,
            @"\b" + Partner + @"\s+(?:(?:can't|cant|cannot|can\s+not|couldn't|never)\s+(?:do|get|say|finish|handle|manage|keep)\s+(?:anything|a\s+single\s+thing|one\s+thing)\s+(?:right|properly|well)"
            + @"|(?:ruin|ruins|spoil|spoils|wreck|wrecks|destroy|destroys|mess\s+up|messes\s+up|poison|poisons)\s+(?:everything|every\s+single\s+thing|it\s+all|all\s+of\s+it)"
            + @"|(?:(?:do|does)n't|dont|doesnt|never)\s+(?:do|care\s+about|lift\s+a\s+finger\s+for)\s+(?:anything|anyone)\s+(?:for\s+(?:anyone|me|us|anybody)|but)"
            + @"|(?:(?:do|does)n't|dont|doesnt)\s+know\s+how\s+to\s+(?:love|listen|be\s+(?:a|in\s+a)|treat|care|apologi[sz]e|communicate))\b");
    }

    // ---- comparison: measured against someone or something else -----------------------------------

    private static IEnumerable<AccusationRule> Comparison()
    {
        // "your phone matters more to you than I do", "your friends get more of your time than I do",
        // "you care more about your job than me", "even the dog gets more attention from you than me".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:(?:your|his|her|the)\s+[a-z]+(?:\s+[a-z]+)?|work|football|golf|gaming|everything|everyone|anything|anyone|even\s+the\s+[a-z]+|even\s+your\s+[a-z]+)\s+"
            + @"(?:matters?|mean|means|counts?|comes?|gets?|get|got|receives?|is|are)\s+(?:[a-z]+\s+){0,4}?(?:more|first|before|ahead|higher|better)\b[^.!?;]{0,40}?\b(?:than\s+(?:i\s+do|me|i\s+am|i\s+ever|us|our|my)|before\s+(?:me|us)|over\s+(?:me|us))\b"
            + @"|\b(?:you|he|she)\s+(?:care|cares|think|thinks|talk|talks|listen|listens|spend|spends|put|puts|give|gives|love|loves|treat|treats|value|values|pay|pays|prefer|prefers)"
            + @"(?:\s+[a-z']+){0,5}?\s+(?:more|better|less|first|over)\b[^.!?;]{0,40}?\b(?:than\s+(?:(?:about|to|with|on|for)\s+)?(?:me|i\s+do|us|my|our)|over\s+(?:me|us))\b");

        // "my ex would never have…", "my ex always…", "other men would…".
        yield return Rule(AccusationKind.Comparison,
            @"\bmy\s+(?:ex|last\s+(?:boyfriend|girlfriend|partner|husband|wife)|first\s+(?:husband|wife)|previous\s+(?:partner|boyfriend|girlfriend))\s+(?:would|wouldn't|never|always|did|didn't|used\s+to|knew|remembered|treated|was|understood|at\s+least)\b");

        // "why can't you be more like your brother?", "you're just like your father", "be more like her".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:be|act)\s+(?:more|a\s+bit\s+more|a\s+little\s+more)\s+like\s+(?:your|my|her|him|them|other|[A-Z][a-z]+)\b"
            + @"|\b" + Partner + @"(?:'re|re|\s+are|'s|\s+is)\s+(?:just|exactly|turning\s+into\s+(?:a\s+copy\s+of)?|becoming)\s+(?:like\s+)?(?:your|his|her)\s+(?:father|mother|dad|mum|mom|ex|brother|sister)\b"
            + @"|\b(?:i\s+come|i'm|i\s+am)\s+(?:always\s+)?(?:last|second|after\s+(?:everything|everyone|your))\b"
            + @"|\b" + Partner + @"(?:'d|d|\s+would)\s+(?:much\s+)?rather\s+(?:be\s+with|spend\s+time\s+with|talk\s+to|go\s+out\s+with|be\s+at)\b[^.!?;]{0,40}\bthan\b");
    }

    // ---- other people's opinion: a jury brought in ------------------------------------------------

    private const string Jury =
        @"(?:everyone|everybody|all\s+(?:my|our|your)\s+friends|my\s+friends|our\s+friends|people|my\s+(?:mum|mom|mother|dad|father|sister|brother|family|parents|therapist|counsellor|counselor|best\s+friend)"
        + @"|your\s+(?:own\s+)?(?:mum|mom|mother|dad|father|sister|brother|family|parents|friends|best\s+friend)|even\s+(?:your|my)\s+(?:own\s+)?[a-z]+|they\s+all|all\s+of\s+them|anyone\s+i(?:'ve)?\s+(?:ask|asked|told|talk\s+to))";

    private static readonly Regex Complimentary = Compile(
        @"^\s*(?:that\s+)?(?:you(?:'re|re|\s+are)|he's|she's|he\s+is|she\s+is)\s+(?:so\s+|really\s+|such\s+a\s+|a\s+)?(?:great|lovely|kind|good|sweet|funny|nice|amazing|wonderful|lucky|catch|keeper|gem|talented|smart|clever|brilliant|cute|handsome|beautiful|perfect)\b");

    private static IEnumerable<AccusationRule> OthersOpinion()
    {
        // "everyone thinks you…", "my friends agree that you were out of line", "even your mum says you're selfish".
        yield return new AccusationRule(AccusationKind.OthersOpinion,
            Compile(@"(?<hit>\b" + Jury + @"(?:\s+(?:at|in|from)\s+(?:the\s+|my\s+|our\s+|your\s+)?[a-z]+)?(?:\s+(?:else|here|too|agrees?|also|all|can))*\s+(?:thinks?|thought|agrees?|agreed|says?|said|told\s+me|tells\s+me|noticed|have\s+noticed|has\s+noticed|can\s+see|sees|saw|knows?|would\s+(?:say|agree|tell\s+you)|believes?|feels?\s+(?:that|the\s+same))(?:\s+(?:that|so|it\s+too))?)"
                + @"(?<rest>[^.!?;]{0,60})"),
            m => Regex.IsMatch(m.Groups["rest"].Value, @"\b(?:you|your|he|she|him|his|her|it|the\s+same|how|what)\b", RegexOptions.IgnoreCase, MatchTimeout)
                 && (!Kindly.IsMatch(m.Groups["rest"].Value) || Regex.IsMatch(m.Groups["rest"].Value, @"\b(?:not|never|n't)\b", RegexOptions.IgnoreCase, MatchTimeout))
                 && !Complimentary.IsMatch(m.Groups["rest"].Value)
                 // "My counsellor says it's okay to feel angry" reassures.
                 && !Regex.IsMatch(m.Groups["rest"].Value, @"^\s*(?:that\s+)?it(?:'s|\s+is)\s+(?:okay|ok|fine|normal|alright|all\s+right|natural|good|healthy)\s+to\b", RegexOptions.IgnoreCase, MatchTimeout)
                 // "Most people know you don't invite your ex": a norm with a generic "you", read as AnyoneWould.
                 && !(Regex.IsMatch(m.Value, @"^(?:everyone|everybody|people)\s+(?:knows?)\b", RegexOptions.IgnoreCase, MatchTimeout) && SixthLex.NormWithGenericYou.IsMatch(m.Groups["rest"].Value))
                 && !Regex.IsMatch(m.Groups["rest"].Value, @"^\s*(?:we\s+should|you\s+should\s+(?:come|join|visit)|you\s+were\s+(?:great|lovely|kind)|hi|hello|(?:that\s+)?(?:i|we)\s+(?:should|could|need|ought|might|must))\b", RegexOptions.IgnoreCase, MatchTimeout)
                 // "Everyone saw you win the race": what a jury saw is only a verdict when it was something sore.
                 && !(Regex.IsMatch(m.Value, @"\b(?:saw|sees|see|noticed|have\s+noticed|has\s+noticed)\b", RegexOptions.IgnoreCase, MatchTimeout) && !Sore.IsMatch(m.Groups["rest"].Value)));

        // "ask anyone", "anyone will tell you", "people have noticed how you talk to me", "they all say the same".
        yield return Rule(AccusationKind.OthersOpinion,
            @"\bask\s+(?:anyone|anybody|your\s+(?:friends|mum|mom|mother|family|sister|brother)|around)(?=\s*(?:[.!?,;]|$|they|and|who))"
            + @"|\b(?:anyone|anybody|everyone|everybody|they)\s+(?:will|would|'ll|could)\s+tell\s+you\b"
            + @"|\b(?:people|everyone|everybody|our\s+friends|my\s+friends)\s+(?:have|has|had)\s+(?:noticed|seen|commented\s+on|started\s+to\s+notice)\s+(?:how|what|the\s+way)\s+you\b");
    }

    // ---- veiled threats: a consequence hinted at ----------------------------------------------------

    private static IEnumerable<AccusationRule> VeiledThreats()
    {
        yield return Rule(AccusationKind.VeiledThreat,
            // "It'll be lovely, you'll see" and "you'll find out how much you mean to me" reassure; they promise nothing bad.
            @"\b(?<!\b(?:fine|okay|ok|alright|lovely|great|good|brilliant|better|perfect|easier|worth\s+it)\s*,\s*)you(?:'ll|ll|\s+will)\s+(?:see|find\s+out)(?:\s+what\s+(?:happens|i\s+(?:do|can\s+do)|i'm\s+capable\s+of))?(?=\s*(?:[.!?;,]|$|what|how(?!\s+much\s+(?:you|i|we)\s+(?:mean|love|care))))"
            + @"|\b(?:don't|dont|do\s+not)\s+be\s+surprised\s+(?:if|when)\b"
            + @"|\byou\s+(?:might|may|won't|wont|will\s+not)\s+(?:not\s+)?like\s+what\s+(?:i\s+do|happens|comes)\b"
            + @"|\b(?:keep|carry\s+on|go\s+on|continue)\s+(?:it\s+up|like\s+this|like\s+that|doing\s+(?:that|this|it)|this\s+up|that\s+up)(?=\s*(?:,|and|\.|!|$))"
            // "Keep this up and I'm moving out" names the person's own decision: a boundary, never a threat.
            + @"(?!\s*,?\s*(?:and|or)\s+(?:then\s+)?(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we\s+are|it'?s)\s+(?:going\s+to\s+|gonna\s+)?(?:moving|move|leaving|leave|going|gone|done|out|through|finished|over|calling|call|separat|divorc))"
            + @"|\bsee\s+(?:where|what)\s+(?:it|that|this)\s+(?:gets|will\s+get)\s+you\b"
            + @"|\b(?:remember|don't\s+forget|dont\s+forget|never\s+forget)\s+(?:that\s+)?i\s+know\s+(?:things|stuff|what\s+you|about\s+your?|where\s+you|your\s+secrets)\b"
            + @"|\bi\s+know\s+where\s+you\s+(?:live|work|are)\b|\bwatch\s+(?:yourself|your\s+back|your\s+step)\b(?!\s+(?:on|in|near|at|going|down|up|with)\b)|\byou(?:'ve|ve|\s+have)\s+been\s+warned\b"
            + @"|\b(?:things|it|this)\s+(?:might|could|will|is\s+going\s+to)\s+(?:get|turn)\s+(?:ugly|nasty|very\s+bad|worse\s+for\s+you)\b"
            + @"|\bthere\s+(?:will|would)\s+be\s+consequences\b(?!\s+(?:at|for\s+(?:me|us|the)|if\s+(?:i|we)\b))|\bi\s+wouldn't\s+(?:do\s+that\s+)?if\s+i\s+were\s+you\b"
            + @"|\bi(?:'m|m|\s+am)\s+not\s+responsible\s+for\s+what\s+(?:i\s+do|happens)\b|\bjust\s+wait\s+(?:and\s+see|until)\b");
    }

    // ---- sarcastic praise: praise that means its opposite ------------------------------------------

    private static IEnumerable<AccusationRule> SarcasticPraise()
    {
        // A praise opener, then something that turns it: a failure, "again", "finally", a trailing ", really".
        var praise = @"(?<hit>(?:(?:oh\s+)?(?:nice|good|great|brilliant|excellent|fantastic|amazing|stellar|terrific|wonderful)\s+(?:job|work|one|going|effort)|well\s+done|bravo|congratulations|congrats"
            + @"|way\s+to\s+go|thanks\s+a\s+lot|thanks\s+so\s+much|thank\s+you\s+so\s+much|thanks\s+a\s+million|thank\s+you\s+very\s+much|gee,?\s+thanks|cheers|what\s+a\s+(?:great|lovely|wonderful)\s+(?:job|effort)))";
        var turn = $$"""(?=[^.!?;]{0,60}?(?:\b(?:{{Alt(NegativeGerunds)}}|{{Alt(NegativePastVerbs)}}|again|as\s+usual|finally|for\s+once|for\s+nothing|managed\s+to|remembered\s+to\s+(?:forget|ignore)|another|at\s+last|bothering|deigning|gracing|showing\s+up)\b|,\s*really(?=\s*[.!]|$)|,\s*truly(?=\s*[.!]|$)))""";
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?=oh|nice|good|great|brilliant|excellent|fantastic|amazing|stellar|terrific|wonderful|well|bravo|congrat|way|thank|gee|cheers|what)" + ClauseStart + praise + turn);

        // "Great job remembering our anniversary, really." / "Wow, what a thoughtful partner you are."
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?:wow|oh\s+wow|oh|gosh|my\s+my),?\s+(?<hit>what\s+an?\s+(?:thoughtful|considerate|caring|loving|attentive|supportive|great|wonderful|amazing|perfect|romantic|generous|reliable)\s+(?:partner|husband|wife|boyfriend|girlfriend|person|man|woman|friend)(?:\s+you\s+are)?)"
            + @"|\b(?<hit>(?:so|how|very)\s+(?:thoughtful|considerate|kind|generous|sweet|mature|helpful|nice)\s+of\s+you)(?=[^.!?;]{0,40}?(?:\b(?:again|finally|for\s+once|as\s+usual|to\s+(?:forget|ignore|leave|cancel|show\s+up\s+late))\b|,\s*really))"
            + @"|\b(?<hit>(?:you're|youre|you\s+are)\s+(?:such\s+a|a\s+real|a\s+true)\s+(?:gentleman|saint|genius|prince|hero|sweetheart|catch|treasure))(?=\s*(?:,\s*really|,\s*truly|[.!]\s*(?:not|really)))"
            + @"|\b(?<hit>(?:thanks|thank\s+you)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+(?:finally|eventually|at\s+last|nothing|the\s+help,?\s+really|noticing\s+at\s+last))");
    }

    // ---- blame without "make me" -------------------------------------------------------------------

    private static IEnumerable<AccusationRule> BlameWithoutMakeMe()
    {
        // "Because of you I couldn't sleep", "thanks to you I was embarrassed", "it's your fault the weekend was ruined".
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"\b(?=because|thanks|it|its|this|that|all|you)(?<!\b(?:smil\w*|happy|happier|laugh\w*|grateful|thankful|better|proud|stronger|calm\w*|safe|here|alive|lucky|got\s+the\s+job|love)\b[^.!?;]{0,40})(?<hit>\b(?:because\s+of\s+you|thanks\s+to\s+you|(?:it's|its|it\s+is|it\s+was|this\s+is|that's|that\s+is|all\s+of\s+this\s+is)\s+(?:all\s+|entirely\s+|completely\s+)?your\s+(?:fault|doing)"
                + @"|you(?:'re|re|\s+are)\s+(?:the\s+(?:reason|cause|one\s+to\s+blame)|to\s+blame|responsible)(?:\s+(?:why|for|that))?|(?:this|it)\s+is\s+on\s+you|you\s+did\s+this\s+to\s+(?:me|us)))(?<rest>[^.!?;]{0,60})"),
            m => !Kindly.IsMatch(m.Groups["rest"].Value) && !Kindly.IsMatch(m.Value));

        // "You ruined my birthday", "you wrecked the weekend", "you've spoiled everything for me", "you spoilt Easter for us".
        yield return Rule(AccusationKind.YouMakeMeFeel,
            @"\b(?=you|he|she)(?<!\b(?:if|unless|didn't\s+mean|not\s+saying)\s+)(?:you|he|she)(?:'ve|ve|\s+have|\s+has|\s+just|\s+totally|\s+completely)*\s+(?:ruined|wrecked|spoiled|spoilt|destroyed|killed|poisoned|sabotaged|ruin|wreck|spoil)\s+(?:my|our|the|this|it|everything|every|[a-z]+(?=\s+for\s+(?:me|us|all\s+of\s+us|everyone|the\s+kids)\b))\b[^.!?;,]{0,40}");

        // "you drive me crazy", "you're driving me up the wall", "you've made my life hell", "you put me through hell".
        yield return Rule(AccusationKind.YouMakeMeFeel,
            @"\b(?:you|he|she)(?:'re|re|\s+are|'ve|ve|\s+have|\s+has|\s+really|\s+always|\s+just)*\s+(?:drive|drives|driving|drove)\s+me\s+(?:crazy|mad|insane|nuts|up\s+the\s+wall|round\s+the\s+bend|to\s+(?:drink|tears|despair|distraction))\b"
            + @"|\b(?:you|he|she)(?:'ve|ve|\s+have|\s+has)?\s+(?:made|make|makes|turned)\s+(?:my|our)\s+life\s+(?:a\s+)?(?:hell|misery|miserable|a\s+nightmare|unbearable|impossible)\b"
            + @"|\b(?:you|he|she)(?:'ve|ve|\s+have|\s+has)?\s+(?:put|puts)\s+me\s+through\s+(?:hell|so\s+much|a\s+lot|all\s+this)\b"
            + @"|\b(?:you|he|she)(?:'ve|ve|\s+have|\s+has)?\s+turned\s+me\s+into\b");
    }

    // ---- always/never without those words ----------------------------------------------------------

    // "you" as the one acting in the clause, not as the object ("I think about you").
    private static readonly Regex PartnerActs = Compile(
        @"(?<!\b(?:about|to|with|for|at|of|from|love|miss|see|saw|thank|tell|ask|asked|like|need|want|hug|trust|help|without|than|on)\s+)\b(?:you|you're|youre|you've|you'd|your|he|she)\b(?!\s+(?:too|all|and|both)\b)");

    private static IEnumerable<AccusationRule> AbsoluteWithoutAlwaysOrNever()
    {
        var absolute = @"(?<hit>\b(?:every\s+(?:single\s+)?time|each\s+(?:and\s+every\s+)?time|(?:not|never)\s+(?:even\s+)?(?:once|one\s+time|a\s+single\s+time)|as\s+usual|like\s+usual|as\s+always|like\s+always|same\s+as\s+(?:always|usual)|(?:as\s+)?per\s+usual"
            // A trailing "…, typical." or an opening "Typical you,": the one act read as who they always are.
            + @"|(?<=(?:^|,)\s{0,3})(?:so\s+)?typical(?:\s+of\s+you|\s+you)?(?=\s*(?:[.!,]|$))"
            + @"|again\s+and\s+again|over\s+and\s+over(?:\s+again)?|time\s+(?:after|and)\s+(?:time|again)|yet\s+again|once\s+again|for\s+(?:years|months|weeks|ages)(?:\s+now)?|all\s+the\s+(?:damn\s+|bloody\s+)?time"
            + @"|day\s+(?:after|in)\s+day(?:\s+out)?|every\s+(?:single\s+)?(?:day|night|week|weekend|morning|evening|month|year|christmas|birthday)|without\s+fail|24/7|no\s+matter\s+what\s+i|(?:any|every)time\s+i|whenever\s+i"
            + @"|the\s+same\s+(?:thing\s+)?every\s+(?:single\s+)?time))";
        yield return new AccusationRule(AccusationKind.AlwaysNever,
            Compile(@"\b(?=every|each|not|never|as|like|again|over|time|yet|once|for|all|day|without|24|no|any|whenever|the|same|per|so|typical)(?<=(?<before>[^.!?;]{0,80}))" + absolute + @"(?=(?<after>[^.!?;]{0,80}))"),
            m =>
            {
                var clause = m.Groups["before"].Value + " " + m.Groups["after"].Value;
                // "Whenever I'm down you notice straight away": what the partner does each time is care; the sore word
                // is the person's own state, so the absolute praises them.
                if (CaringAct.IsMatch(m.Groups["after"].Value) && !Lex.Negated.IsMatch(m.Groups["hit"].Value + " " + m.Groups["after"].Value))
                {
                    return false;
                }

                // "Not once did I doubt you": the person's own act, inverted after the absolute.
                if (Regex.IsMatch(m.Groups["hit"].Value, @"^(?:not|never)\b", RegexOptions.IgnoreCase, MatchTimeout)
                    && Regex.IsMatch(m.Groups["after"].Value, @"^\s*(?:did|do|have|had|has|was|were|would|could|will)\s+(?:i|we)\b", RegexOptions.IgnoreCase, MatchTimeout))
                {
                    return false;
                }

                // "You never once complained when I was ill" is praise, as after a plain "never".
                if (Regex.IsMatch(m.Groups["hit"].Value, @"^(?:not|never)\b", RegexOptions.IgnoreCase, MatchTimeout) && Lex.NeverIsPraise.IsMatch(m.Groups["after"].Value))
                {
                    return false;
                }

                // About what the partner does, and sore rather than kindly.
                // A clause that already names a blame word ("I feel put down every time you…") is sore too.
                return PartnerActs.IsMatch(clause) && !Kindly.IsMatch(clause)
                    && (Sore.IsMatch(clause) || BlameWords.AllSpellings.Any(w => clause.Contains(w, StringComparison.OrdinalIgnoreCase)) || Regex.IsMatch(m.Groups["hit"].Value, @"^(?:not|never|as|like\s+usual|yet|once|again|over|time|the|so\s+typical|typical)", RegexOptions.IgnoreCase, MatchTimeout)
                        // An emphatic absolute ("each and every time", "without fail") complains unless what they did was care.
                        || (Regex.IsMatch(m.Groups["hit"].Value, @"^(?:each\s+and|every\s+single|without\s+fail)", RegexOptions.IgnoreCase, MatchTimeout) && !CaringAct.IsMatch(clause)));
            });
    }

    private static readonly Regex CaringAct = Compile(
        @"\b(?:you|he|she)(?:'ve|ve|\s+have|\s+has)?\s+(?:always\s+|still\s+)?(?:noticed|notice|helped|help(?!\s+(?:yourself|himself|herself))|been\s+there|were\s+there|come\s+through|came\s+through|showed\s+up|show\s+up|made\s+time|make\s+time|listened|listen|understood|supported|support|checked\s+on\s+me|asked\s+how)\b");

    // ---- the old kinds, a little wider ---------------------------------------------------------------

    private static IEnumerable<AccusationRule> MoreOfTheOldKinds()
    {
        // "How could you forget…?", "how dare you…": a question that asks for a defence.
        yield return Rule(AccusationKind.WhyDoYou,
            @"\b(?<hit>how\s+(?:could|can|dare|would)\s+you)\b(?!\s+(?:help|tell\s+if|know\b))");

        // "Most people would apologise", "normal couples talk about this": a norm they are put on trial against.
        var generous = Compile(@"^\s*(?:have\s+)?(?:be\s+(?:lucky|proud|glad|happy)|love|adore|enjoy|feel\s+the\s+same|done\s+the\s+same|forgotten|find\s+(?:this|it|that)\s+hard|struggle|need|want|agree\s+with\s+you)");
        yield return new AccusationRule(AccusationKind.AnyoneWould,
            Compile(@"(?<hit>\b(?:most|normal|regular|other)\s+(?:people|men|women|couples|partners|husbands|wives|adults)\s+(?:would(?:n't)?|do|don't|know|manage|remember|understand|at\s+least|actually|can|could|just))\b(?<rest>[^.!?;]{0,30})"),
            m => !generous.IsMatch(m.Groups["rest"].Value));

        // "My husband is a narcissist", "he's a liar": a label for the partner, said to someone else.
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?:my\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?)|he|she)(?:'s|s|\s+is|\s+was)\s+(?:such\s+|a\s+|an\s+|just\s+|nothing\s+but\s+|the\s+|a\s+total\s+|a\s+complete\s+|an\s+absolute\s+)*"
            + Alt([.. HardInsultNouns.Where(n => n != "joke")]) + @"\b");

        // "Your apology was pathetic", "your excuses are a joke": contempt for what they did.
        yield return Rule(AccusationKind.Contempt,
            @"\b(?:your|his|her)\s+(?:[a-z]+\s+){0,2}(?:was|is|are|were)\s+(?:so\s+|just\s+|frankly\s+|honestly\s+)?(?:pathetic|laughable|a\s+joke|ridiculous|embarrassing|a\s+farce|worthless|useless)\b");
    }

    // ---- an absolute inside thanks ------------------------------------------------------------------

    // The person says plainly that they value what the partner does: "I love that you…", "…, and I'm grateful",
    // "…and I admire that", "…, and I do notice", "thank you for…". Not after a negation ("I don't love that"), and
    // "I love how you…" is left out: it is the usual frame of sarcasm.
    private static readonly Regex Thanks = Compile(
        @"(?<!\b(?:not|never|don't|dont|do\s+not|didn't|can't|won't|n't)\s+(?:really\s+)?)"
        + @"\bi(?:'m|m|\s+am)?\s+(?:(?:really|truly|so|do|always|honestly|genuinely|just)\s+)*"
        + @"(?:love\s+(?:that|it|the\s+way|you\s+for)|appreciate|admire|adore|value|treasure|notice(?=\s*(?:[.!,]|$|it|that))|noticed(?=\s*(?:[.!,]|$|it|that))"
        + @"|grateful|thankful)\b"
        + @"|\bthank\s+you\s+for\b|\bit\s+means\s+(?:a\s+lot|so\s+much|the\s+world|everything)\b"
        // Others' fondness for the habit, or owning that it goes unthanked: "…, the kids adore you for it", "…, and I
        // don't say thanks enough".
        + @"|\b(?:adore|adores|love|loves|admire|admires)\s+you\s+for\s+(?:it|that|this)\b|\bi(?:'m|m|\s+am)\s+(?:so\s+|really\s+)?proud\s+of\s+you\b"
        + @"|\b(?:don't|dont|do\s+not|never)\s+(?:say\s+thanks|say\s+thank\s+you|thank\s+you)(?:\s+for\s+(?:it|that|this))?\s+(?:nearly\s+)?enough\b");

    private static readonly Regex PraiseOfWhoTheyAre = Compile(
        @"\byou(?:'re|re|\s+are)\s+(?:(?:so|such\s+an?)\s+)(?:(?:good|great|kind|lovely|wonderful)\s+)?(?<word>[a-z-]+)\b");

    // Words NotALabel lets pass that describe a passing state, not praise.
    private static readonly HashSet<string> States = Set(
        "tired", "stressed", "worried", "exhausted", "much", "far", "close", "sorry", "young", "right", "easy", "open", "calm", "safe");

    // A turn away from the thanks: "I love that you always cook, but you never clean up".
    private static readonly Regex Contrast = Compile(
        @"\b(?:but|except|yet|though|although|whereas|instead|unless|apart\s+from|if\s+only|for\s+once|lol|wow|oh)\b|\?");

    /// <summary>
    /// True when an always/never in <paramref name="sentence"/> sits inside the person's plain thanks for what the
    /// partner does ("I love that you always kiss me goodbye", "You've never once forgotten the kids, and I'm
    /// grateful"): praise, not one hurt turned into a verdict. With "always"-type words the act itself must not be
    /// sore ("You always leave your socks out, and I'm so grateful" stays flagged); after "never"/"not once" a sore
    /// verb is the thing that did not happen.
    /// </summary>
    internal static bool AppreciatesAHabit(string sentence, string absolute)
    {
        var thanks = Thanks.Match(sentence);
        if (!thanks.Success)
        {
            // Praise of who they are beside the habit: "You're such a gentleman, you always open the door for me".
            thanks = PraiseOfWhoTheyAre.Match(sentence);
            if (!thanks.Success || !NotALabel.Contains(thanks.Groups["word"].Value) || States.Contains(thanks.Groups["word"].Value))
            {
                return false;
            }
        }

        if (Contrast.IsMatch(sentence))
        {
            return false;
        }

        if (Regex.IsMatch(absolute, @"\b(?:never|not|n't)\b", RegexOptions.IgnoreCase, MatchTimeout))
        {
            return true;
        }

        var act = sentence.Remove(thanks.Index, thanks.Length);
        return !Sore.IsMatch(act) && !Lex.Negated.IsMatch(act);
    }
}
