using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// The third widening for issue 11, from the misses of the second independent set (reported 2026-12-07 at 83.2% /
/// 5.7%, then used as examples). Each rule reads an idea, not a sentence: a name made from what they do wrong, typed
/// casually; someone else held up with "actually" or "better than you"; a jury that is talking or that "even" agrees;
/// a consequence that waits for others to find out; a warning to think carefully; harm promised to them or their
/// things; praise that offers a medal.
/// </summary>
internal static partial class AccusationRules
{
    // Names made from a hurtful act: "manipulator", "gaslighter", "backstabber", "guilt-tripper".
    private const string AgentOfHurt =
        @"(?:manipulat(?:or|er)|gaslighter|backstabber|guilt-?tripper|stonewaller|abuser|user|taker|moaner|whinger|complainer|nagger|slob|liar|cheat(?:er)?|bully|fraud|hypocrite|narcissist|coward|loser|idiot|jerk|pig|creep)";

    // Someone other than the partner: their people, the person's people, other partners.
    private const string SomeoneElse =
        @"(?:(?:your|my|our|her|his)\s+(?:own\s+|best\s+|older\s+|younger\s+|little\s+|big\s+|last\s+|ex-?)?(?:[a-z]+'s\s+)?(?:brother|sister|dad|father|mum|mom|mother|friend|mate|husband|wife|boyfriend|girlfriend|partner|boss|colleague|neighbou?r|ex|uncle|aunt|grandad|grandpa|nan|gran)"
        + @"|other\s+(?:boyfriends|girlfriends|husbands|wives|partners|men|women|dads|mums|moms|people|couples)|(?:[A-Z][a-z]+)'s\s+(?:husband|wife|boyfriend|girlfriend|partner))";

    // A state worth thanking them for: "my happiness is because of you".
    private static readonly Regex GoodState = Compile(
        @"\bmy\s+(?:[a-z]+\s+)?(?:happiness|joy|smile|confidence|strength|calm|peace|recovery|success|progress|love|hope|courage|healing|sobriety|growth)\b");

    private static IEnumerable<AccusationRule> ThirdRoundRules()
    {
        // "ur a slob", "you're a manipulator, plain and simple", "you're a gaslighter".
        yield return Rule(AccusationKind.NameCalling,
            @"\b(?=you|ur|u)" + NotSayingThat + @"(?:you(?:'re|re|\s+are)|ur|u\s+r|u\s+are)\s+(?:(?:just|nothing\s+but|a\s+total|a\s+complete|an\s+absolute|a\s+real)\s+)?(?:an?\s+)" + AgentOfHurt + @"\b");

        // "Your brother actually helps his wife", "other boyfriends actually plan dates": someone else's ordinary act,
        // made a reproach by "actually".
        yield return Rule(AccusationKind.Comparison,
            @"\b" + SomeoneElse + @"\s+actually\s+(?!(?:said|say|says|told|tells|think|thinks|thought|like|likes|liked|love|loves|loved|agree|agrees|agreed|asked|asks|called|calls|rang|texted|messaged|meant|came|come|wants|wanted)\b)[a-z]+");

        // "Even my last girlfriend listened better than you", "my dad did more in a weekend than you do in a month".
        yield return Rule(AccusationKind.Comparison,
            @"\b(?:even\s+)?" + SomeoneElse + @"\s+(?:[a-z']+\s+){1,6}?(?:better|more|harder|faster|less)\b(?:\s+[a-z']+){0,6}?\s+than\s+(?:you|u)\b(?!\s+(?:think|thought|know|knew|realise|realize|realised|realized|imagine|expect|deserve|could\s+ever\s+know))");

        // "The whole family is talking about how you treat me".
        yield return Rule(AccusationKind.OthersOpinion,
            @"\b(?:the\s+whole\s+[a-z]+|everyone|everybody|people|all\s+(?:my|your|our)\s+[a-z]+|(?:my|your|our)\s+(?:friends|family|mates|parents|neighbou?rs|colleagues))\s+(?:is|are|was|were|'s|'re|have\s+been|has\s+been)\s+(?:all\s+)?talking\s+about\s+(?:how|what|the\s+way|you|it)\b");

        // "Even your best mate thinks you were wrong", "even my mum says you went too far". The span stops before "you", so
        // a label in what they said ("you're impossible") is a finding of its own beside the jury.
        yield return Rule(AccusationKind.OthersOpinion,
            @"\beven\s+" + SomeoneElse + @"\s+(?:thinks|thought|says|said|agrees|agreed|knows|reckons|reckoned)(?=\s+(?:that\s+)?(?:you|u|he|she)\b)");

        // "Just wait till your family hears about this", "wait until everyone finds out what you did".
        yield return Rule(AccusationKind.VeiledThreat,
            @"\b(?:just\s+)?wait\s+(?:till|until|til|'til)\s+(?:your|my|the|everyone|everybody|people|they|he|she)\b[^.!?;]{0,30}?\b(?:hears?|finds?\s+out|sees?|learns?|gets?\s+wind)\s+(?:about\s+(?:this|that|it|you|what)|what\s+you|(?=\s*(?:[.!]|$)))");

        // "You might want to think very carefully about your next move", "remember, I know things about you".
        yield return Rule(AccusationKind.VeiledThreat,
            @"\byou(?:\s+(?:might|may|would)|'d|d)\s+(?:want\s+to|wanna|do\s+well\s+to)\s+(?:think|tread|be)\s+(?:very\s+|really\s+|extra\s+)?(?:careful(?:ly)?|twice)\b"
            + @"|\bi\s+know\s+(?:things|stuff|a\s+(?:few|lot\s+of)\s+things|secrets|all\s+about\s+your)\s+(?:about\s+(?:you|your)|you\s+(?:wouldn't|don't))");

        // "I'll ruin you in court", "try that again and see what I do to your car": harm promised to them or theirs.
        yield return Rule(AccusationKind.Threat,
            IWill + @"(?:ruin|destroy|finish|bury|wreck|crush|end)\s+you\b(?!r)"
            + @"|\bsee\s+what\s+(?:i|i'll|i\s+will)\s+(?:do|'ll\s+do)\s+to\s+(?:you|your|him|her)\b");

        // "My anxiety is because of the way you treat me": the person's state, its cause named as them.
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\bmy\s+(?:[a-z]+\s+){0,2}?(?:is|was|are|were|has\s+been|have\s+been)\s+(?:all\s+|entirely\s+|only\s+)?(?:because\s+of|down\s+to|caused\s+by)\s+(?:you|u|the\s+way\s+(?:you|u)|how\s+(?:you|u)|what\s+(?:you|u)))\b(?<rest>[^.!?;]{0,40})"),
            m => !Kindly.IsMatch(m.Groups["hit"].Value + m.Groups["rest"].Value) && !GoodState.IsMatch(m.Groups["hit"].Value));

        // "u make me so anxious i cant even eat": the old rule's frame, typed casually.
        yield return new AccusationRule(AccusationKind.YouMakeMeFeel,
            Compile(@"(?<hit>\bu\s+(?:always\s+|just\s+|really\s+)?(?:make|made|makes|making)\s+me\s+(?:feel\s+)?(?:so\s+|really\s+|very\s+)*(?<emotion>[a-z][a-z'-]*))"),
            m => EmotionWords.Contains(m.Groups["emotion"].Value) || PlainFeelings.Contains(m.Groups["emotion"].Value));

        // "Pay me back or I'm going to your parents": a demand with a consequence aimed at their people.
        yield return Rule(AccusationKind.Threat,
            @"\bor\s+(?:else\s+)?(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:going\s+|go\s+)(?:straight\s+)?to\s+your\s+(?:parents|mum|mom|mother|dad|father|family|boss|work|office|sister|brother|wife|husband)\b");

        // "I'm not going to discuss this tonight", "I'm not having this argument at 2am": the person's own limit.
        yield return Rule(AccusationKind.Boundary,
            @"\bi(?:'m|m|\s+am)\s+not\s+(?:going\s+to\s+|gonna\s+)?(?:discuss(?:ing)?|talk(?:ing)?\s+about|argu(?:e|ing)\s+about|hav(?:e|ing))\s+this(?:\s+(?:argument|conversation|discussion|row|fight))?(?=\s*(?:[.!;,]|$|now|tonight|again|at|when|while|with\s+you|right\s+now))"
            + @"|\bi'?ll\s+(?:end|call\s+off)\s+things(?=\s*(?:[.!;]|$))|\bi(?:'m|m|\s+am)\s+going\s+to\s+end\s+things(?=\s*(?:[.!;]|$))");

        // "Don't make me laugh.", "lol ok sure": a reply that laughs the other person off.
        yield return Rule(AccusationKind.Contempt,
            @"\bdon'?t\s+make\s+me\s+laugh(?=\s*(?:[.!]|$))|\b(?:lol|lmao|haha)\s*,?\s+(?:ok(?:ay)?|sure|right|fine)(?:\s*,?\s*(?:sure|right|whatever|then))?(?=\s*(?:[.!]|$))");

        // "Wow, you loaded the dishwasher. Do you want a medal?", "oh how thoughtful, you got yourself a takeaway".
        yield return Rule(AccusationKind.SarcasticPraise,
            @"\b(?:do\s+you\s+want|want|you\s+want|should\s+i\s+(?:get|give)\s+you|shall\s+i\s+(?:get|give)\s+you)\s+a\s+(?:medal|trophy|gold\s+star|round\s+of\s+applause|prize|pat\s+on\s+the\s+back|parade|biscuit)\b"
            + @"|\boh\s*,?\s+how\s+(?:thoughtful|kind|generous|considerate|sweet|lovely|nice|romantic|helpful|mature)\b(?=\s*,?\s*(?:you|of\s+you|that)\b)");
    }
}
