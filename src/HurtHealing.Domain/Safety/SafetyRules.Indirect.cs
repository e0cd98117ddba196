using System.Text.RegularExpressions;
using static HurtHealing.Domain.Safety.SafetySignalKind;

namespace HurtHealing.Domain.Safety;

/// <summary>
/// Danger told indirectly or with the partner named another way, from a round written to be understated (2026-12-07):
/// the partner by first name or as "the kids' dad"; fear shown by what the person does to stay ready (a code word, keys in
/// a pocket, sleeping dressed), by relief when the partner is away, by reading their face; force told as "had me by the
/// throat" or "did it anyway"; threats against a pet, with photos, through social services, or "next time";
/// intimidation by driving, a weapon looked at, things of theirs broken; control by trackers, wages and changed
/// passwords; isolation by distance, lies, activities given up one by one; degradation by impressions, grovelling and
/// "those are his words".
/// </summary>
/// <remarks>
/// Only constants and locals here: <see cref="All"/> is built during the type's initialisation, and the order in which
/// the static fields of two files of one partial class are initialised is not defined.
/// </remarks>
internal static partial class SafetyRules
{
    // A partner named by first name: a capitalised word that is not a pronoun, a filler or a calendar word. Case-sensitive
    // inside a pattern that otherwise ignores case.
    private const string Name =
        @"(?-i:(?=[A-Z][a-z]{2})(?!(?:The|This|That|These|Those|There|Then|When|Whenever|While|If|And|But|So|Or|My|His|Her|Their|Our|Your|He|She|They|We|You|It|Its"
        + @"|Last|Yesterday|Today|Tonight|Now|Every|Everyone|Everybody|Someone|Somebody|Nobody|No|Not|Mum|Mom|Dad|Sometimes|Since|After|Before|Once|Also"
        + @"|Even|Just|Still|Honestly|Apparently|What|Why|How|Who|Where|Which|Please|Sorry|God|Christmas|Easter|Monday|Tuesday|Wednesday|Thursday|Friday"
        + @"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Ive|Im|Id|Ill|Its|Oh|Well|Yes|Okay"
        + @"|Ok|Maybe|Because|Although|Though|Like|Especially|Usually|Whenever|Mostly|Anyway|Again|Lately|Recently|Tomorrow|Morning|Night|Work)\b)[A-Z][a-z]{2,})";

    // "the kids' dad", "the children's mother", "my son's father".
    private const string KidsParent =
        @"(?:the|my|our)\s+(?:kids'?|kid's|children's|baby's|boys'|girls'|son's|daughter's)\s+(?:dad|father|mum|mom|mother)";

    private const string Partner = @"(?:" + Who + "|" + KidsParent + "|" + Name + ")";

    private const string WillOrWould = @"(?:'ll|ll|'d|d|\s+will|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|\s+was\s+going\s+to|\s+gonna)";

    private const string SaidOrTold =
        @"(?:said|says|told\s+me|tells\s+me|warned\s+me|warns\s+me|whispered|hissed|texted|messaged|keeps\s+saying|keeps\s+telling\s+me|threatened|threatens|swore|promised)";

    private const string Vehicle = @"(?:car|ute|truck|van|jeep|bike|motorbike|lorry|pick-?up|4x4|taxi|cab)";

    private static IEnumerable<SafetyRule> IndirectRules()
    {
        var love = new Regex($@"\b{LoveMarker}\b", Options, MatchTimeout);
        var snoring = new Regex(@"\b(?:snor\w*|fidget\w*|star-?fish\w*|duvet|hogs?\s+the\s+bed|alarm|early\s+shifts?|the\s+baby|the\s+dog)\b", Options, MatchTimeout);
        var seriousIf = new Regex(@"\bif\s+i\s+(?:ever\s+)?(?:leave|left|go|went|walk(?:ed)?\s+out|cheat(?:ed)?|tell|told|end|ended|report|call|called|see|saw|try|tried|divorce|break\s+up|say\s+no|refuse|don't|didn't)\b|\bone\s+more\s+word\b", Options, MatchTimeout);
        var accident = new Regex(@"\b(?:dropped|fell|accident|accidentally|by\s+mistake|the\s+(?:kids|dog|cat|baby|toddler)|removal|movers?|delivery|in\s+the\s+post)\b", Options, MatchTimeout);
        var placedByThemselves = new Regex(@"\bi(?:'d|\s+had|\s+have|'ve)?\s+(?:put|placed|left|bought|attached|hid)\b|\bmy\s+own\s+(?:airtag|tracker|tile)\b", Options, MatchTimeout);
        var fromInjury = new Regex(@"\bfrom\s+(?:the|my|a)\s+(?:fall|football|rugby|match|game|accident|surgery|operation|op|injection|jab|bike|ride|hike|climb|gym|training|boxing|netball|hockey)\b", Options, MatchTimeout);

        // ---- fear ----

        // The body at the partner's cue, the cue told by name or any vehicle: "my stomach drops every time I hear Dan's key in
        // the door", "heart goes mad when i see his ute pull into the drive". Not warmth ("after six years, I know, soppy").
        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>(?:my\s+)?(?:heart|stomach|pulse|chest|gut)\s+(?:just\s+|still\s+|always\s+)?(?:drops|dropped|sinks|sank|races|raced|pounds|pounded|goes\s+(?:mad|crazy|wild|tight)|knots|lurches|flips|tightens|tightened|stops|clenches))\s+(?:\w+\s+)?(?:every\s+time|whenever|when|as\s+soon\s+as|the\s+(?:second|moment|minute))\s+(?:i\s+(?:hear|see|heard|saw|notice)\s+)?"
            + $@"(?:(?:his|her|their|{Name}'s|{Name}s)\s+(?:\w+\s+)?(?:key|keys|{Vehicle}|footsteps|steps|voice|name|number|ringtone)\b|{Name}\s+(?:come|comes|coming|get|gets|pull|pulls|walk|walks)\s+(?:in|home|up))"),
            SafetyRuleChecks.Negation,
            m => !love.IsMatch(SentenceOf(m)));

        // Staying ready: "I keep the car keys in my pocket when he's drinking, just in case", "sleeping in my clothes with my
        // phone under the pillow since the argument", "I texted my sister our code word".
        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>just\s+in\s+case)\b(?<=\b(?:when|while|whenever|if|once)\s+{Partner}(?:'s|s|\s+is|\s+was|\s+gets|\s+starts|\s+has\s+been)\s+(?:\w+\s+)?(?:drinking|drunk|angry|raging|in\s+(?:a|one\s+of\s+(?:his|her|their))\s+(?:mood|temper|rage|state)|kicking\s+off|on\s+one)\b[^.!?;]{{0,40}})"
            + @"|\b(?<v>sleep(?:ing|s)?\s+(?:in\s+my\s+(?:clothes|shoes|jeans|coat)|with\s+my\s+(?:shoes|trainers|clothes|coat)\s+on))\b(?=[^.!?;]{0,60}\b(?:since|in\s+case|ready|so\s+(?:i|that\s+i)\s+can|phone\s+under)\b)"
            + @"|\b(?<v>(?:texted|text|sent|send|told|tell|gave|give|have|agreed|set\s+up|use|used)\s+(?:\w+\s+){0,4}?(?:our|a|the|my)\s+code\s*-?\s*word)\b"
            + $@"|\b(?<v>plan(?:ning|ned|s)?\s+how\s+(?:to\s+|i(?:'d|\s+would|\s+could)\s+)?get\s+(?:me\s+and\s+)?(?:the\s+(?:baby|kids|children)|us|me|myself|my\s+(?:kids|children|son|daughter))\s+out)\b"),
            SafetyRuleChecks.Negation);

        // Which version of them comes home; reading their face; working out from outside whether they are still angry.
        yield return Rule([Fear],
            @"\b(?<v>(?:which|what)\s+(?:version|side)\s+of\s+(?:him|her|them))\b(?=[^.!?;]{0,40}\b(?:home|get|gets|walk|walks|come|comes|turn|turns|wake|wakes|be|is)\b)",
            SafetyRuleChecks.None); // "I don't know which version of him will be home": the not-knowing is the fear.

        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>(?:work\s+out|figure\s+out|tell|gauge|guess|judge|read)\s+(?:\w+\s+){{0,4}}?(?:whether|if)\s+{Partner}(?:'s|s|\s+is|\s+was)\s+(?:still\s+)?(?:angry|mad|drunk|furious|raging|in\s+a\s+(?:mood|temper|rage)|calmed\s+down))\b"),
            SafetyRuleChecks.Negation);

        // Scared to tell them something because of what they did last time or will do: "scared to tell my husband I'm
        // pregnant because of how he reacted the last time". Not "scared to tell her I broke her mug" alone.
        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>{Afraid}|too\s+(?:scared|afraid|frightened))\s+to\s+tell\s+{Whom}\b[^.!?;]{{0,60}}?\b(?:because\s+of\s+how\s+(?:he|she|they)\s+(?:reacted|reacts|took\s+it|was|went)\s+(?:the\s+)?last\s+time|after\s+(?:what\s+happened|how\s+(?:he|she|they)\s+reacted)\s+(?:the\s+)?last\s+time|what\s+(?:he|she|they){WillOrWould}\s+do\s+to\s+me)\b"),
            SafetyRuleChecks.Negation);

        // Breathing only when they are away: "I only properly breathe out on Thursdays when he's on nights", "when she's
        // away for work the whole flat feels lighter and I actually sleep through the night". Not a snorer away.
        yield return new SafetyRule([Fear], Compile(
            $@"\bi\s+(?:can\s+)?(?:only|finally)\s+(?:\w+\s+)?(?<v>breathe(?:\s+out)?|relax|feel\s+safe|sleep)\b[^.!?;]{{0,30}}?\b(?:when|while|once)\s+{Partner}{IsNow}\s+(?:\w+\s+)?{PartnerAway}\b"
            + $@"|\b(?:when|while|whenever)\s+{Partner}{IsNow}\s+(?:\w+\s+)?(?:{PartnerAway})\b[^.!?;]{{0,40}}?\b(?<v>(?:the\s+(?:whole\s+)?(?:house|flat|home|place)\s+feels\s+(?:lighter|calmer|safer|different))|i\s+(?:can\s+)?(?:actually|finally)\s+(?:sleep|relax|breathe|feel\s+safe))"),
            SafetyRuleChecks.Negation,
            m => !snoring.IsMatch(SentenceOf(m)));

        // Asked whether they are safe and unable to say: "my counsellor asked if I feel safe with him and I couldn't answer".
        yield return new SafetyRule([Fear], Compile(
            $@"\basked\s+(?:me\s+)?(?:if|whether)\s+i\s+(?:feel|felt)\s+safe\s+(?:with\s+{Whom}|at\s+home|around\s+{Whom})\b[^.!?;]{{0,30}}?\b(?<v>couldn't\s+answer|could\s+not\s+answer|didn't\s+know\s+what\s+to\s+say|started\s+(?:shaking|crying)|froze|lied|burst\s+into\s+tears)"),
            SafetyRuleChecks.None);

        // Behaviour at their cue or mood: "I go quiet the second his car is in the drive", "whenever Ahmed raises his voice I
        // freeze up"; learned silence ("I've stopped arguing back because I know how it ends"); care over every word around
        // them; "could snap any minute"; nervous to go downstairs when they have been drinking; children told where to run.
        yield return new SafetyRule([Fear], Compile(
            $@"\bi\s+(?:\w+\s+)?(?<v>go\s+(?:quiet|silent|still|rigid|cold)|freeze|froze|tense\s+up|hold\s+my\s+breath)\s+(?:the\s+(?:second|moment|minute)|as\s+soon\s+as|when|whenever|every\s+time)\s+(?:i\s+(?:hear|see)\s+)?(?:his|her|their|{Name}'s|my\s+{Noun}'s)\s+(?:\w+\s+)?(?:{Vehicle}|key|keys|footsteps|voice)\b"
            + $@"|\b(?:when(?:ever)?|every\s+time|as\s+soon\s+as|the\s+(?:second|moment|minute))\s+{Partner}{Aux}\s+{TellingAct}[^.!?;]{{0,40}}?\b(?<v>{BodyFear}|i\s+(?:freeze|froze|go\s+(?:quiet|silent|cold|rigid)|shut\s+down|flinch)(?:\s+up)?)"
            + @"|\b(?<v>(?:stopped|stop|don't|never)\s+(?:arguing|answering|talking|speaking)\s+back\s+because\s+i\s+know\s+(?:how\s+it\s+(?:ends|goes)|what\s+(?:happens|will\s+happen|comes\s+next)|where\s+it\s+(?:leads|goes)))\b"
            + $@"|\b(?<v>(?:always|so|very|really|extra|have\s+to\s+be|careful,)\s+careful\s+(?:about\s+)?what\s+i\s+(?:say|do|wear)\s+(?:around|near|in\s+front\s+of|to)\s+{Whom})\b"
            + @"|\b(?<v>(?:could|might|can|will)\s+(?:snap|explode|blow|go\s+off|lose\s+it|kick\s+off)\s+(?:at\s+)?any\s+(?:minute|second|moment|time))\b"
            + $@"|\b(?<v>(?:nervous|scared|afraid|frightened|terrified|too\s+scared)\s+to\s+(?:even\s+)?(?:go\s+(?:downstairs|upstairs|home|in|into\s+the\s+\w+)|come\s+home|leave\s+the\s+(?:bedroom|room)))\s+(?:when|while|if)\s+{Partner}(?:'s|s|\s+is|\s+has|\s+was)\s+(?:been\s+)?(?:drinking|drunk|on\s+the\s+(?:wine|beer|booze|whisky|vodka|drink)|in\s+a\s+mood|angry|like\s+that)"
            + @"|\b(?<v>(?:told|taught|shown|showed|tell|teach)\s+(?:my|the|our)\s+(?:kids|children|son|daughter|boys|girls)\s+(?:to|how\s+to)\s+(?:go\s+to\s+the\s+neighbou?rs|call\s+(?:999|911|112|000|the\s+police)|hide|run))\s+(?:if|when|whenever)\b"),
            SafetyRuleChecks.Negation);

        // Bracing for them: "I hold my breath till he's calmed down", "I can't face him when he's like that", "he's never hit me
        // but I think he could", a refuge number saved under another name, "I jump out of my skin when the door goes and it's
        // her", "even when he's being nice I'm waiting for it to turn", "frightened of what Dev will do".
        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>hold(?:ing)?\s+my\s+breath\s+(?:until|till)\s+{Partner}(?:'s|s|\s+has|\s+is)\s+(?:calmed\s+down|asleep|gone|left|sober|out))\b"
            + $@"|\b(?<v>(?:can't|cannot|couldn't|can\s+not)\s+face\s+(?:him|her|them))\s+when\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+gets|\s+get)\s+(?:like\s+that|drunk|angry|in\s+(?:a|one\s+of\s+(?:his|her|their))\s+(?:mood|temper|state))"
            + @"|\b(?:never|hasn't|has\s+not|not\s+yet)\s+(?:\w+\s+)?(?:hit|hurt|touched|laid\s+a\s+finger\s+on)\s+me\s*,?\s+(?:yet\s+)?but\s+(?<v>(?:i\s+(?:think|feel|know|worry|fear)\s+(?:that\s+)?)?(?:he|she|they)\s+(?:could|might|would|will))\b"
            + @"|\b(?<v>(?:refuge|helpline|domestic\s+(?:abuse|violence)\s+(?:line|helpline|number|service)|women's\s+aid|men's\s+advice\s+line|hotline|support\s+line)(?:'s)?\s+(?:number\s+)?(?:saved|hidden|stored|written\s+down|in\s+my\s+phone)\s+(?:under|as|in|inside))"
            + $@"|\b(?<v>jump(?:ed)?\s+out\s+of\s+my\s+skin)\s+(?:when(?:ever)?|every\s+time)\b(?=[^.!?;]{{0,40}}\b(?:it's|its|it\s+is|it\s+was)\s+(?:him|her|them)\b|\s+{Partner}\b)"
            + $@"|\b(?:even\s+)?when\s+{Partner}(?:'s|s|\s+is|\s+was)\s+(?:being\s+)?(?:nice|kind|lovely|sweet|calm|in\s+a\s+good\s+mood)\b[^.!?;]{{0,30}}?\b(?<v>waiting\s+for\s+(?:it|him|her|them|things|the\s+mood)\s+to\s+(?:turn|change|flip|snap|switch)|on\s+edge|bracing\s+myself)"
            + $@"|\b(?<v>{Afraid}|worried|nervous)\s+(?:of\s+)?what\s+{Partner}{WillOrWould}\s+(?:do|say\s+or\s+do)\b(?!\s+(?:for|about)\s+(?:work|money|a\s+living|christmas|dinner))"),
            SafetyRuleChecks.None);

        // Waiting out the partner: "I wait in the car until his bedroom light goes off", "I don't sleep properly until I hear
        // him snoring". Not waiting for them to come home safe ("I can't sleep until he's home").
        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>(?:wait|waited|waiting|sit|sat|sitting|stay|stayed|staying)\s+(?:\w+\s+){{0,3}}?(?:until|till)\s+(?:{Partner}|his|her|their)\s+(?:\w+\s+)?(?:light|lights|tv|telly)\s+(?:goes|go|went|is|are|'s)\s+(?:off|out))\b"
            + $@"|\b(?<v>(?:don't|can't|never|cannot|won't|couldn't)\s+(?:\w+\s+)?(?:sleep|relax|settle|go\s+in|go\s+to\s+bed)\s+(?:properly\s+)?(?:until|till)\s+(?:i\s+(?:hear|know)\s+)?(?:{Partner}|him|her|them)(?:\s+is|'s|\s+has)?\s+(?:snoring|asleep|sleeping|passed\s+out|gone\s+to\s+sleep|gone\s+out|left\s+for\s+work))\b"),
            SafetyRuleChecks.None);

        // The body while they are near or at their message: "my hands were shaking the whole time Carl was in the kitchen",
        // "when Gary texts 'we need to talk' I feel sick for the rest of the day".
        yield return new SafetyRule([Fear], Compile(
            $@"\b(?<v>{BodyFear}|my\s+hands\s+(?:were|are)\s+(?:shaking|trembling))\s+(?:\w+\s+){{0,2}}?(?:the\s+whole\s+time|while|whilst|all\s+the\s+time)\s+{Partner}\s+(?:was|is|'s|were)\s+(?:in\s+the\s+(?:room|kitchen|house|flat|car|bed)|home|around|near\s+me|next\s+to\s+me)\b"
            + $@"|\b(?:when(?:ever)?|every\s+time|if)\s+{Partner}\s+(?:texts|messages|calls|rings|says|emails|sends)\b[^.!?;]{{0,40}}?\b(?<v>i\s+(?:feel|felt|get|go)\s+(?:physically\s+)?(?:sick|cold|shaky|numb|dizzy)|my\s+(?:stomach|heart)\s+(?:drops|sinks|lurches|races|pounds))\b"),
            SafetyRuleChecks.Negation,
            m => !love.IsMatch(SentenceOf(m)));

        // Precautions against them: papers kept elsewhere because of what they might do; the children asleep before they are
        // home "because you never know"; a friend who comes if no message arrives.
        yield return new SafetyRule([Fear], Compile(
            @"\b(?<v>(?:keep|keeping|kept|hide|hiding|hid|started\s+keeping|moved)\s+(?:my\s+)?(?:passport|documents|papers|birth\s+certificate|savings|money|cash|car\s+keys|bank\s+card)\s+(?:at\s+(?:work|my\s+\w+'s|a\s+friend's)|hidden|somewhere\s+(?:safe|else)))\b(?=[^.!?;]{0,70}\b(?:don't\s+trust\s+what|in\s+case\s+(?:he|she|they)|so\s+(?:he|she|they)\s+(?:can't|won't|doesn't|don't)|what\s+(?:he|she|they)(?:'ll|'d|\s+will|\s+would|\s+might)\s+do)\b)"
            + $@"|\bbefore\s+{Partner}\s+(?:gets|comes|is)\s+(?:home|back|in)\b[^.!?;]{{0,15}}?\b(?<v>because\s+you\s+never\s+know|you\s+never\s+know|just\s+in\s+case)\b"
            + @"|\b(?<v>(?:knows?\s+to|will|'ll|is\s+going\s+to)\s+(?:come|come\s+round|call\s+(?:the\s+police|999|911|112|000|someone)|raise\s+the\s+alarm)\s+if\s+i\s+(?:don't|do\s+not|haven't|have\s+not)\s+(?:message|text|call|ring|check\s+in|reply))\b"),
            SafetyRuleChecks.None);

        // ---- violence ----

        // "he had me by the throat", "got me by the hair"; a named partner or "the kids' dad" doing what the general rule reads.
        yield return Rule([Violence],
            @"\b(?<v>(?:had|has|got|grabbed|held|holding|having)\s+me\s+by\s+the\s+(?:throat|neck|hair|collar|scruff))\b"
            + $@"|\b(?:{Name}|{KidsParent})\s+(?:\w+\s+)?(?<v>{ForceVerbs})\s+(?:me|my\s+{Body})\b(?!\s+(?:up|to\s+(?!the\s+(?:floor|ground|wall))|a\s+(?:coffee|drink|tea))\b)"
            + $@"|\b(?:{Name}|{KidsParent})\s+(?:\w+\s+)?(?<v>threw|throws|hurled|hurls|flung|flings)\s+(?:[a-z']+\s+){{0,4}}?at\s+(?:me|my\s+(?:face|head|body))\b"
            + @"|\b(?<v>shov\w*|push(?:ed|es|ing)?|threw|throws|slamm\w*|slams)\s+me\s+(?:hard\s+)?(?:into|against|onto|down)\s+(?:the|a)\s+(?:\w+\s+)?(?:wall|door|bannister|banister|fridge|counter|worktop|table|floor|stairs|cupboard|wardrobe|radiator|sink|bath|railings?|mirror)\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        // "she dug her nails into my arm", "he backhanded me", "made me have sex", "had sex with me while I was asleep".
        yield return Rule([Violence],
            $@"\b(?<v>(?:dug|digs|digging|dig)\s+(?:his|her|their)\s+(?:nails|fingers|thumbs?|knees?|elbows?)\s+into\s+(?:me|my\s+{Body}))\b"
            + @"|\b(?<v>backhand(?:ed|s|ing)?|clout(?:ed|s|ing)?|head-?butt(?:ed|s)?)\s+me\b"
            + @"|\b(?<v>(?:made|makes|make|forced|forces)\s+me\s+(?:have\s+sex|sleep\s+with\s+(?:him|her|them)|do\s+(?:sexual\s+)?(?:things|stuff)\s+i\s+(?:didn't|don't)))\b"
            + @"|\b(?<v>(?:had\s+sex\s+with|touched|started\s+(?:having\s+sex\s+with|touching))\s+me\s+(?:while|when)\s+i\s+was\s+(?:asleep|passed\s+out|unconscious|out\s+of\s+it|too\s+drunk))\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        yield return Rule([Violence],
            @"\b(?<v>(?:put|puts|got|gets|had|has)\s+me\s+in\s+a\s+(?:headlock|chokehold|choke\s+hold|sleeper\s+hold|half\s+nelson))\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        // "I ended up in A&E after she pushed me", "he sat on my chest until I couldn't breathe", "pushed me off the step".
        yield return Rule([Violence],
            $@"\b(?<v>ended\s+up\s+in\s+(?:a&e|a\s*&\s*e|hospital|the\s+er|emergency|casualty))\s+(?:after|because|when)\s+{Partner}\b"
            + @"|\b(?<v>(?:sat|sits|knelt|kneels|kneeling|sitting|stood|stands|standing)\s+on\s+my\s+(?:chest|back|stomach|arms?|legs?|neck|throat|hands?))\b"
            + @"|\b(?<v>(?:pushed|shoved|kicked|threw)\s+me\s+(?:off|down|over)\s+(?:the|a)\s+(?:step|steps|stairs|bed|balcony|chair|ledge|wall|edge))\b",
            SafetyRuleChecks.Negation | SafetyRuleChecks.Hypothetical);

        // Kept in: "he stood in the bathroom doorway and wouldn't let me out for over an hour".
        yield return Rule([Violence],
            @"\b(?<v>(?:stood|stands|standing|sat|sits)\s+in\s+(?:the|my)\s+(?:(?:bathroom|bedroom|kitchen|front|back|living\s+room|hall|car)\s+)?(?:door|doorway)\b)(?=[^.!?;]{0,40}\b(?:wouldn't|would\s+not|won't|didn't|refused\s+to)\s+let\s+me\b)"
            + @"|\b(?<v>(?:wouldn't|wouldnt|would\s+not|won't|didn't|refused\s+to)\s+let\s+me\s+(?:out|leave|go|past))\s+for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:an?|\d+|two|three|four|several)\s+(?:hours?|minutes|whole)",
            SafetyRuleChecks.None);

        // Sex without consent told plainly: "I told him I didn't want to and he did it anyway", "he kept going when I said
        // stop", "it doesn't count because we're married". Bare "want to" (no other verb): not "didn't want to paint it blue".
        yield return Rule([Violence],
            @"\b(?:said|told\s+(?:him|her|them)|kept\s+saying)\s+(?:that\s+)?i\s+(?:didn't|did\s+not|don't|do\s+not)\s+want\s+to\s*,?\s*(?:and|but)?\s*(?:he|she|they)\s+(?<v>did\s+it\s+anyway|kept\s+going|didn't\s+stop|wouldn't\s+stop|carried\s+on|went\s+ahead\s+anyway)\b"
            + @"|\b(?<v>(?:kept|keeps)\s+going|didn't\s+stop|wouldn't\s+stop|carried\s+on)\s+(?:even\s+)?(?:when|after|though)\s+i\s+(?:said|told\s+(?:him|her|them)|begged\s+(?:him|her|them)\s+to)\s+(?:to\s+)?(?:stop|no)\b",
            SafetyRuleChecks.None);

        // Hiding the marks: "I've been covering the finger marks on my upper arms with long sleeves". Not a sports bruise.
        yield return new SafetyRule([Violence], Compile(
            @"\b(?<v>(?:cover(?:ing|ed|s)?|hid(?:e|es|ing)?|conceal(?:ing|ed|s)?)\s+(?:up\s+)?(?:the\s+)?(?:finger\s*-?marks|bruis(?:e|es|ing)|marks\s+on\s+my|bite\s+marks|black\s+eye|grip\s+marks|hand\s*-?prints?))\b"),
            SafetyRuleChecks.Negation,
            m => !fromInjury.IsMatch(SentenceOf(m)));

        // ---- threats ----

        // Harm to a pet, the photos shown, social services or the police set on them, "next time I won't be walking away",
        // "nobody would ever find me", "you'll be sorry" sent as a text.
        yield return new SafetyRule([Threat], Compile(
            $@"\b{SaidOrTold}\s+(?:\w+\s+){{0,2}}?(?:that\s+)?(?:he|she|they)(?:'d|d|'ll|ll|\s+would|\s+will)\s+(?<v>(?:drown|poison|kill|hurt|strangle|kick|get\s+rid\s+of|put\s+down|set\s+fire\s+to)\s+(?:the|my|our)\s+(?:cat|dog|puppy|kitten|rabbit|pets?|horse|bird|hamster))\b"
            + $@"|\b(?<v>(?:everyone|everybody|the\s+whole\s+\w+|(?:my|your|her|his|their)\s+(?:whole\s+)?\w+|they|people)\s+(?:will|would|'ll|'d|gonna)\s+(?:all\s+)?see\s+(?:them|those|it|everything))\s+(?:if|unless|when|the\s+(?:day|minute|second))\s+i\s+(?:ever\s+)?(?:leave|left|end|ended|go|went|tell|told|break|split|report|walk)\b(?<=\b(?:photos?|pictures?|pics|videos?|nudes|images)\b[^.!?]{{0,120}})"
            + $@"|\b(?<v>(?:everyone|everybody|the\s+whole\s+\w+|(?:my|your|her|his|their)\s+(?:whole\s+)?\w+|they|people)\s+(?:will|would|'ll|'d|gonna)\s+(?:all\s+)?see\s+(?:them|those|it|everything))\s+(?:if|unless|when|the\s+(?:day|minute|second))\s+i\s+(?:ever\s+)?(?:leave|left|end|ended|go|went|tell|told|break|split|report|walk)\b(?=[^.!?]{{0,60}}\b(?:photos?|pictures?|pics|videos?|nudes|images)\b)"
            + $@"|\b{Partner}\s+(?:\w+\s+)?(?:says|said|threatens|threatened|keeps\s+saying)\s+(?:that\s+)?(?:he|she|they)(?:'ll|'d|\s+will|\s+would)\s+(?<v>(?:tell|call|ring|phone|report\s+me\s+to|go\s+to)\s+(?:social\s+services|the\s+police|immigration|my\s+(?:boss|work|employer|family|parents))|get\s+(?:the|my|our)\s+(?:kids|children|baby)\s+taken)"
            + $@"|\b{SaidOrTold}\s+(?:that\s+)?(?<v>next\s+time)\s*,?\s+i\s+(?:won't|wouldn't|will\s+not|would\s+not)\s+(?:be\s+)?(?:walk(?:ing)?\s+away|get(?:ting)?\s+(?:up|away|off\s+so\s+lightly)|so\s+lucky)"
            + $@"|\b{SaidOrTold}\s+(?:\w+\s+){{0,2}}?(?:that\s+)?(?:no\s*one|nobody)\s+(?:would|will|'d|'ll|could)\s+(?:ever\s+)?(?<v>find\s+(?:me|you|my\s+body|the\s+kids))\b"
            + @"|[""']\s*(?<v>you'll\s+be\s+sorry|you'll\s+regret\s+(?:this|it)|you'll\s+pay\s+for\s+(?:this|it))\s*[""']\s+(?:was|is)\b"),
            SafetyRuleChecks.None,
            NotAJokingThreat);

        // "she told me she'd swallow every pill in the house if I walked out".
        yield return Rule([Threat],
            $@"\b{Partner}{WillOrWould}\s+(?<v>swallow\s+(?:every|all\s+(?:the|her|his|their|those|my))\s+(?:\w+\s+)?(?:pills?|tablets?|meds|medication)|take\s+(?:all|every)\s+(?:of\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:pills?|tablets?|meds|medication))\b(?=[^.!?;]{{0,50}}\b(?:if|unless|when)\s+i\b)",
            SafetyRuleChecks.Negation);

        // "he told my sister he'd put me in the ground", "knows where my new flat is and he'll be waiting", "telling me what
        // happens to women who cheat".
        yield return new SafetyRule([Threat], Compile(
            $@"\b(?:(?:told|tells|said\s+to|texted|messaged)\s+(?:my\s+\w+|someone|people|everyone|his\s+\w+|her\s+\w+)\s+(?:that\s+)?)?(?:he|she|they|{Name})(?:'d|d|'ll|ll|\s+would|\s+will|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?<v>put\s+me\s+(?:in\s+(?:the\s+ground|a\s+box|hospital|a\s+wheelchair|an\s+early\s+grave|my\s+grave)|six\s+feet\s+under|through\s+(?:a|the)\s+(?:wall|window)))\b"
            + @"|\b(?<v>knows?\s+where\s+(?:i\s+(?:live|work|am|'m\s+staying|sleep)|my\s+(?:new\s+)?(?:flat|house|place|work|office|refuge|shelter|room)\s+is))\b(?=[^.!?;]{0,40}\b(?:he|she|they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to)\s+(?:be\s+waiting|find\s+me|come|turn\s+up|show\s+up|be\s+watching)\b)"
            + @"|\b(?<v>(?:tell|telling|tells|told|reminding|reminds|reminded)\s+me\s+what\s+happens\s+to\s+(?:women|men|people|wives|husbands|girls|girlfriends|boyfriends)\s+who)\b"),
            SafetyRuleChecks.Negation,
            NotAJokingThreat);

        // "he keeps saying I'll end up like his ex", "my ex messaged that he's watching me".
        yield return new SafetyRule([Threat], Compile(
            @"\b(?<v>(?:end|finish|wind)\s+up\s+like\s+(?:his|her|their)\s+(?:ex|last\s+(?:wife|girlfriend|boyfriend|husband|partner)|first\s+wife))\b"
            + @"|\b(?:messaged|texted|said|says|told\s+me|wrote|writes|keeps\s+(?:saying|texting))\s+(?:me\s+)?(?:that\s+)?(?:he|she|they)(?:'s|\s+is|\s+was|'re|\s+are)\s+(?:always\s+|still\s+)?(?<v>watching\s+(?:me|us|my|the\s+(?:house|flat|kids)))\b"),
            SafetyRuleChecks.Negation,
            NotAJokingThreat);

        // "if I go to the police he'll say I hit the kids", "accidents happen", "he'd sooner see me dead", "I'd better come home
        // or else".
        yield return new SafetyRule([Threat], Compile(
            @"\bif\s+i\s+(?:ever\s+)?(?:go\s+to|call|tell|ring|report\s+(?:him|her|them)\s+to)\s+(?:the\s+police|anyone|anybody|social\s+services|my\s+\w+|a\s+(?:solicitor|lawyer))\b[^.!?;]{0,10}?\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+(?<v>(?:say|tell\s+(?:them|everyone|the\s+police|people))\s+(?:that\s+)?i)\b"
            + @"|\b(?:keeps\s+(?:telling\s+me|saying|reminding\s+me)|told\s+me|reminded\s+me|says|said|whispered)\s+(?:that\s+)?(?<v>accidents\s+happen|people\s+(?:go\s+missing|disappear)\s+all\s+the\s+time)\b"
            + @"|\b(?<v>(?:sooner|rather)\s+(?:see\s+)?(?:me|you|us)\s+dead)\b"
            + @"|\b(?:said|saying|texted|told\s+me|messaged|warned\s+me|wrote)\s+[^.!?;]{0,25}?\b(?:i'd|i\s+had|you'd|you\s+had)\s+better\s+[^.!?;]{1,30}?\b(?<v>or\s+else)\b"),
            SafetyRuleChecks.None,
            NotAJokingThreat);

        // Told when calm: "he told me very calmly that if I ever cheated he'd kill me and then himself"; "one more word about
        // leaving and he'd burn all my stuff and me with it". A stock "kill me" over the milk is turned away.
        yield return new SafetyRule([Threat], Compile(
            $@"\b(?:{SaidOrTold}\s+(?:\w+\s+){{0,3}}?(?:that\s+)?)?(?:if\s+i\s+(?:ever\s+)?[a-z']+(?:\s+[a-z']+){{0,5}}|one\s+more\s+word(?:\s+[a-z']+){{0,3}})\s*,?\s+(?:and\s+)?(?:then\s+)?(?:he|she|they)(?:'d|d|'ll|ll|\s+would|\s+will)\s+(?<v>kill|hurt|strangle|burn|smash|destroy|bury|end|finish)\s+(?:\w+\s+){{0,3}}?(?:me|us|the\s+kids|my)\b"),
            SafetyRuleChecks.None,
            m => NotAJokingThreat(m) && seriousIf.IsMatch(SentenceOf(m)));

        // ---- intimidation ----

        // The house going silent at their slamming; driving to frighten; a weapon looked at; "make myself small".
        yield return new SafetyRule([Intimidation], Compile(
            $@"\b(?<v>slamm(?:ing|ed)|slams|bang(?:ing|s|ed))\s+(?:the\s+)?(?:cupboards?|doors?|pans|drawers|things\s+around)\b(?=[^.!?;]{{0,60}}\b(?:goes?\s+(?:dead\s+)?(?:silent|quiet)|hides?|hid|tiptoe|holds?\s+(?:its|their|our|my)\s+breath|scared|frightened|shaking)\b)"
            + $@"|\b(?<v>slamm(?:ing|s)|bang(?:ing|s))\b(?<=\b(?:goes?|went)\s+(?:dead\s+)?(?:silent|quiet)\s+when\s+{Partner}\s+(?:starts?\s+)?(?:slamm(?:ing|s)|bang(?:ing|s)))"
            + @"|\b(?<v>floored\s+it|put\s+(?:his|her|their)\s+foot\s+down|dr(?:o|i)ve\s+(?:like\s+a\s+(?:maniac|lunatic)|dangerously|recklessly|at\s+\d+)|sped\s+up|speeding)\b(?=[^.!?;]{0,70}\b(?:me\s+(?:begging|screaming|crying|pleading)|i\s+(?:begged|screamed|pleaded)|to\s+(?:scare|frighten|punish|prove\s+a\s+point)|slow\s+down)\b)"
            + @"|\b(?<v>(?:knife|gun|machete|baseball\s+bat|bat|axe|hammer|rifle|shotgun|crowbar)\b[^.!?;]{0,60}?\b(?:looked\s+(?:straight\s+|right\s+)?at\s+it|glanced\s+at\s+it|picked\s+it\s+up|touched\s+it|reached\s+for\s+it)\s+(?:when|while|as|after)\s+i)\b"
            + $@"|\b(?<v>make\s+myself\s+(?:small|smaller|tiny|invisible))\b(?<=\b(?:he|she|they|him|her|his|their)\b[^.!?;]{{0,100}})"
            + @"|\b(?<v>(?:learn(?:ed|t)|learning|have\s+to)\s+(?:to\s+)?read\s+(?:his|her|their)\s+(?:jaw|face|moods?|eyes|body\s+language|silences?|footsteps))\b"),
            SafetyRuleChecks.Negation);

        // Closeness used as a threat: "he stands really close and breathes on me until I back off"; a weapon handled while
        // they talk to the person.
        yield return Rule([Intimidation],
            @"\b(?<v>(?:stands?|stood|standing|gets?|got|getting)\s+(?:really\s+|right\s+|so\s+|too\s+)?(?:close|up\s+in\s+my\s+face|in\s+my\s+face|over\s+me|nose\s+to\s+nose))\b(?=[^.!?;]{0,50}\buntil\s+i\s+(?:back\s+off|back\s+down|give\s+in|shut\s+up|cry|apologi[sz]e|say\s+sorry|move|agree)\b)"
            + @"|\b(?<v>(?:gun|knife|rifle|shotgun|blade|machete)\b[^.!?;]{0,60}?\b(?:while|whilst|as)\s+(?:he|she|they)?\s*(?:was\s+|were\s+)?(?:telling|talking\s+to|reminding|asking|lecturing|watching)\s+me)\b",
            SafetyRuleChecks.Negation);

        // Near misses aimed at them: "stabbed the table with a fork right next to my hand", "fist through the wardrobe door
        // inches from my face", "revs the engine outside my mum's house", "whenever we row he sharpens the knives".
        yield return Rule([Intimidation],
            @"\b(?<v>(?:stabbed|stabs|slammed|slams|smashed|smashes|punched|punches|hit|hits|threw|throws|put\s+(?:his|her|their)\s+fist|kicked|kicks)\b[^.!?;]{0,40}?\b(?:right\s+|just\s+)?(?:next\s+to|beside|inches\s+(?:from|away\s+from)|centimetres\s+from|by)\s+my\s+(?:hand|head|face|foot|feet|ear))\b"
            + @"|\b(?<v>revs?\s+(?:the|his|her|their)\s+(?:engine|car|bike|motorbike)\s+(?:outside|at)\s+(?:my|our)\s+(?:\w+'s\s+)?(?:house|flat|window|place|work|door))\b"
            + @"|\b(?:when(?:ever)?|every\s+time|after)\s+(?:we|i)\s+(?:row|argue|fight|disagree|say\s+no|shout)\w*\b[^.!?;]{0,30}?\b(?<v>(?:sharpens?|sharpened|sharpening|gets?\s+out|takes?\s+out|cleans?|loads?|picks?\s+up|fetches)\s+(?:the|his|her|a)\s+(?:\w+\s+)?(?:knife|knives|gun|axe|machete|bat|shotgun|rifle))\b",
            SafetyRuleChecks.Negation);

        // Their things broken or ripped out: "came home to find my guitar snapped in half", "ripped the phone off the wall".
        yield return new SafetyRule([Intimidation], Compile(
            @"\b(?<v>(?:came\s+home\s+to\s+find|found|woke\s+up\s+to)\s+(?:all\s+)?my\s+(?:\w+\s+)?(?:guitar|phone|laptop|glasses|things|stuff|clothes|photos|jewellery|jewelry|ring|necklace|tablet|keyboard|painting|paintings|camera|bike|books|plants|violin|piano)\s+(?:\w+\s+)?(?:snapped|smashed|broken|cut\s+up|cut\s+to\s+pieces|ripped|torn|slashed|destroyed|shredded|thrown\s+out|binned|burnt|burned))\b"
            + @"|\b(?<v>(?:ripped|tore|pulled|yanked|wrenched)\s+(?:the|my)\s+(?:phone|tv|telly|door|mirror|shelf|shelves|curtains?|cupboard\s+door|socket)\s+(?:off|out\s+of)\s+the\s+wall)\b"
            + @"|\b(?<v>threw\s+(?:it|my\s+\w+|the\s+\w+)\s+(?:down\s+the\s+stairs|across\s+the\s+room|against\s+the\s+wall|out\s+of\s+the\s+window))\b(?=[^.!?;]{0,50}\b(?:after|when|because)\s+i\b)"),
            SafetyRuleChecks.Negation,
            m => !accident.IsMatch(SentenceOf(m)));

        // ---- monitoring and control ----

        yield return Rule([MonitoringAndControl],
            // "made me turn on location sharing", "insists I keep Find My on".
            @"\b(?<v>(?:made|makes|forced|forces|insists?\s+(?:that\s+)?i|insisted\s+(?:that\s+)?i)\s+(?:me\s+)?(?:to\s+)?(?:turn\s+on|switch\s+on|keep|leave|put|enable)\s+(?:on\s+)?(?:my\s+)?(?:location(?:\s+sharing)?|find\s+my(?:\s+iphone|\s+friends)?|tracking|life360|gps))\b"
            // "my wages go straight into his account", "he gives me forty quid a week for essentials".
            + @"|\b(?<v>(?:my\s+)?(?:wages|salary|pay|paycheck|pay\s+cheque|benefits|earnings|pension)\s+(?:go(?:es)?|went|is\s+paid|are\s+paid|gets?\s+paid)\s+(?:straight\s+|directly\s+)?into\s+(?:his|her|their)\s+(?:own\s+)?account)\b"
            + @"|\b(?:he|she|they)\s+(?<v>gives?\s+me\s+(?:£|\$|€|rs\.?\s*)?[\w.]+\s+(?:quid|pounds|dollars|euros|rupees|bucks|rand\s+)?\s*(?:a|per|every)\s+(?:week|month|fortnight|day))\b(?=[^.!?;]{0,40}\b(?:essentials|food|shopping|groceries|allowance|for\s+everything|to\s+live\s+on|and\s+(?:checks|wants)\s+(?:the\s+)?receipts)\b)"
            // "found an AirTag tucked into the lining of my handbag", "a tracker under my car".
            + @"|\b(?<v>(?:found|discovered|there\s+was|there's)\s+(?:an?\s+)?(?:airtag|air\s+tag|tracker|tracking\s+device|gps\s+tracker|tile\s+tracker|spyware|stalkerware|tracking\s+app))\b(?=[^.!?;]{0,60}\b(?:my|in\s+the\s+lining|hidden|tucked|stuck|taped)\b)"
            // "changed the banking passwords so I can't see our accounts".
            + @"|\b(?<v>(?:changed|changes|changing)\s+(?:all\s+)?(?:the|our|my)\s+(?:[\w']+\s+){0,3}?(?:passwords?|pins?|logins?|passcodes?))\s+so\s+(?:that\s+)?i\s+(?:can't|cannot|can\s+no\s+longer|couldn't|don't\s+have|no\s+longer)"
            // "he checks the mileage to make sure I only went where I said".
            + @"|\b(?<v>(?:checks?|checked|checking|counts?|counting|goes\s+through|went\s+through)\s+(?:the\s+)?(?:mileage|odometer|my\s+(?:mileage|receipts|bank\s+statements?|spending))\b)(?=[^.!?;]{0,70}\b(?:make\s+sure|see\s+(?:if|where)|prove|only\s+went|where\s+i)\b)",
            SafetyRuleChecks.Negation,
            m => !placedByThemselves.IsMatch(SentenceOf(m)));

        // Questioned after being a little late, calls screened, allowed out only with them.
        yield return Rule([MonitoringAndControl, Isolation],
            @"\b(?<v>(?:only|not)\s+allowed\s+(?:to\s+go\s+)?out\s+(?:with|without)\s+(?:him|her|them))\b"
            + @"|\b(?<v>(?:screens?|screened|vets?|vetted)\s+(?:all\s+)?my\s+(?:calls|messages|friends|texts|post)|decides?\s+who\s+i\s+(?:can|am\s+allowed\s+to|may|get\s+to)\s+(?:talk\s+to|see|speak\s+to|text|call|be\s+friends\s+with))\b",
            SafetyRuleChecks.Negation);

        yield return Rule([MonitoringAndControl],
            @"\b(?:if|when|whenever|every\s+time)\s+i(?:'m|\s+am|\s+was|\s+get\s+home)\s+(?:\w+\s+){0,3}?late\b[^.!?;]{0,30}?\b(?<v>(?:wants?|demands?|needs?|has)\s+to\s+know\s+(?:exactly\s+)?(?:where\s+i(?:'ve|\s+have)?\s+(?:been|was)|who\s+i\s+was\s+with))",
            SafetyRuleChecks.Negation);

        // A named partner keeping them from study or work: "Arjun stopped me taking the nursing course".
        yield return Rule([MonitoringAndControl],
            $@"\b(?:{Name}|{KidsParent}|he|she|they|my\s+{Noun})\s+(?:\w+\s+)?(?<v>stopped|stops|prevented|prevents|won't\s+let|wouldn't\s+let|didn't\s+let|forbade|forbids)\s+me\s+(?:from\s+)?(?:taking|doing|going\s+(?:to|back\s+to)|starting|applying\s+for|finishing|studying|working|getting\s+a\s+job|learning\s+to|take|do|go\s+back\s+to|start|apply\s+for|finish|study|work)\b(?=[^.!?;]{{0,40}}\b(?:course|class|classes|degree|college|uni|university|job|work|training|studying|studies|school|career|driving|licence|license|english)\b)",
            SafetyRuleChecks.Negation);

        // ---- isolation ----

        yield return Rule([Isolation],
            // "moved to the middle of nowhere so I wouldn't have anyone".
            @"\bso\s+(?:that\s+)?(?<v>i\s+(?:wouldn't|won't|didn't|don't|would\s+not|couldn't)\s+have\s+(?:anyone|anybody|any\s+friends|any\s+family|no\s*one|nobody))\b"
            // "whenever my mum rings he takes the phone out of my hand".
            + $@"|\b(?:when(?:ever)?|every\s+time|if)\s+(?:my\s+)?(?:mum|mom|mother|dad|father|sister|brother|family|parents|friends?|best\s+friend|nan|gran|aunt|auntie)\s+(?:rings|calls|phones|texts|messages|rang|called|visits|comes\s+round|came\s+round)\b[^.!?;]{{0,40}}?\b{Partner}\s+(?:\w+\s+)?(?<v>takes?\s+the\s+phone|took\s+the\s+phone|grabs?\s+the\s+phone|grabbed\s+the\s+phone|snatch(?:es|ed)\s+the\s+phone|hangs?\s+up|hung\s+up|tells?\s+(?:her|him|them)\s+i'm\s+(?:busy|out|asleep|not\s+here)|told\s+(?:her|him|them)\s+i\s+was\s+(?:busy|out|asleep))"
            // "told my whole family I'd been cheating and now none of them will speak to me".
            + $@"|\b{Partner}\s+(?:\w+\s+)?(?:told|tells|convinced|has\s+told)\s+(?:all\s+)?(?:my\s+(?:whole\s+)?(?:family|friends|parents|mum|mom|sister|brother|mates))\b[^.!?;]{{0,60}}?\b(?:and\s+)?(?<v>now\s+(?:none\s+of\s+them|no\s*one|nobody|they\s+(?:won't|don't|refuse)|(?:she|he)\s+(?:won't|doesn't)))"
            // "made me leave the choir", "talked me into giving up five-a-side, then the running club".
            + @"|\b(?<v>(?:made|makes|forced|forces|talked|pressured|pushed|guilted|bullied)\s+me\s+(?:to\s+)?(?:into\s+)?(?:leave|leaving|quit|quitting|give\s+up|giving\s+up|drop\s+out\s+of|dropping\s+out\s+of|stop\s+going\s+to))\s+(?:the\s+|my\s+)?(?:choir|team|club|gym|class|classes|group|church|mosque|temple|band|course|book\s+club|running\s+club|five-a-side|football|netball|dance|yoga|volunteering|evening\s+class)"
            // "my sister's stopped inviting me because he always finds a reason I can't go".
            + @"|\b(?<v>(?:finds?|found|makes?\s+up|made\s+up|comes?\s+up\s+with|came\s+up\s+with)\s+(?:a\s+)?(?:reason|excuse)s?\s+(?:why\s+)?i\s+(?:can't|cannot|couldn't|shouldn't|can\s+not)\s+go)\b"
            // "he doesn't want them in the house and doesn't like me going out".
            + $@"|\b(?:he|she|they|{Name})\s+(?:(?:[\w']+\s+){{1,6}}?and\s+)?(?<v>(?:doesn't|does\s+not|don't|won't|didn't)\s+(?:like|want|allow)\s+me\s+(?:going\s+out|to\s+go\s+out|seeing\s+(?:anyone|people|friends|my\s+\w+)|having\s+(?:friends|people|anyone)\s+(?:over|round)))\b"
            // "unfriended all my uni mates from my account and blocked them".
            + @"|\b(?<v>(?:unfriended|blocked|deleted|removed)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:friends|mates|contacts|family|followers))\b(?=[^.!?;]{0,30}\b(?:from|on)\s+my\s+(?:account|phone|facebook|instagram|socials|profile)|[^.!?;]{0,30}\band\s+blocked\b)"
            // "can't even call home without him listening".
            + $@"|\b(?<v>(?:can't|cant|cannot|couldn't|can\s+not)\s+(?:even\s+)?(?:call|ring|phone|text|message|talk\s+to|speak\s+to|facetime)\s+(?:home(?:\s+to\s+\w+)?|my\s+(?:\w+\s+)?(?:family|mum|mom|dad|parents|sister|brother|friends?))\s+without\s+(?:him|her|them|{Name})\s+(?:listening|being\s+there|checking|reading|hovering|sitting\s+(?:there|next\s+to\s+me)|in\s+the\s+room|earwigging))\b"
            // "…and now it's just him".
            + @"|\b(?:giving|gave|give)\s+up\b[^.!?;]{0,80}\b(?<v>(?:and\s+)?now\s+it's\s+just\s+(?:him|her|them))\b",
            SafetyRuleChecks.Negation);

        // "since we moved in he's made it impossible to see anyone".
        yield return Rule([Isolation],
            $@"\b(?:{Partner})(?:'s|s|\s+has|\s+had)?\s+(?:\w+\s+)?(?<v>(?:made|makes|making)\s+it\s+(?:impossible|so\s+hard|really\s+hard|too\s+hard|so\s+difficult|really\s+difficult)\s+(?:for\s+me\s+)?to\s+(?:see|visit|meet|talk\s+to|call|ring|have|keep)\s+(?:anyone|anybody|any\s+friends|my\s+(?:\w+\s+)?(?:friends|family|mum|mom|parents|sister|brother|mates)))\b",
            SafetyRuleChecks.Negation);

        // "he never passes on their messages", "hides my charger so my phone's always dead".
        yield return Rule([Isolation],
            @"\b(?<v>never\s+(?:passes|passed|gives|gave)\s+on\s+(?:their|her|his|my\s+\w+'s|any\s+of\s+(?:their|the))\s+(?:messages|calls|invitations|invites|letters|cards))\b"
            + @"|\b(?<v>(?:hides?|hid|takes?|took|breaks?|broke|cuts?)\s+(?:my\s+)?(?:phone\s+)?(?:charger|sim|sim\s+card)\s+so\s+(?:that\s+)?(?:my\s+phone|i)(?:'s|\s+is|\s+can't|\s+cannot|\s+am|'m)\s+(?:always\s+)?(?:dead|flat|reach|call|contact|cut\s+off))\b",
            SafetyRuleChecks.None);

        // "he tells me my friends laugh about me behind my back".
        yield return Rule([Isolation, Degradation],
            $@"\b{Partner}\s+(?:\w+\s+)?(?:tells?|told|says?|said|keeps\s+telling|convinced)\s+(?:me\s+)?(?:that\s+)?(?:all\s+)?(?:my\s+(?:friends|family|mates|sister|mum|mom|colleagues|parents)|everyone|everybody)\s+(?:\w+\s+){{0,2}}?(?<v>laugh(?:s|ed|ing)?\s+(?:at|about)\s+me|talk(?:s|ing)?\s+about\s+me|hate\s+me|don't\s+(?:really\s+)?like\s+me|pity\s+me|(?:are|were)\s+using\s+me|only\s+(?:tolerate|put\s+up\s+with)\s+me)\b",
            SafetyRuleChecks.Negation);

        // ---- degradation ----

        yield return Rule([Degradation],
            // "does impressions of my accent and everyone laughs", "mimics my stammer".
            @"\b(?<v>(?:does|did|doing|do)\s+(?:impressions|an\s+impression|impersonations?)\s+of\s+(?:me|my\s+(?:accent|voice|laugh|walk|stammer|stutter|crying|english|weight))|(?:mocks?|mocked|mocking|imitates?|imitated|mimics?|mimicked|mimicking)\s+my\s+(?:accent|voice|stammer|stutter|crying|english|weight|body|lisp))\b"
            // "on my knees apologising until he decides I've grovelled enough", "made me beg".
            + @"|\b(?<v>on\s+my\s+knees\s+(?:apologi[sz]ing|begging|saying\s+sorry)|grovell?ed\s+enough|made\s+me\s+(?:beg|grovel|kneel)|makes\s+me\s+(?:beg|grovel|kneel))\b"
            // "says I'm too thick to understand the bills".
            + $@"|\b(?:{Partner})\s+(?:\w+\s+)?(?:says|said|tells\s+me|told\s+me|keeps\s+telling\s+me)\s+(?:that\s+)?(?<v>i(?:'m|\s+am|\s+was)\s+too\s+(?:thick|stupid|dumb|dense|slow|ugly|useless|fat|simple)\s+to)\b"
            // "nobody else would ever want a woman who's had three kids", said of the person.
            + $@"|\b{Partner}\s+(?:\w+\s+)?(?:says|said|tells\s+me|told\s+me|keeps\s+telling\s+me|reminds\s+me)\s+(?:that\s+)?(?<v>(?:no\s*one|nobody)\s+(?:else\s+)?(?:would|will|could)\s+(?:ever\s+)?(?:want|love|have|touch|look\s+at|put\s+up\s+with)\s+(?:me|a\s+(?:woman|man|girl|guy|person|mother|mum)\s+(?:who|like|with)))"
            // "tells our kids their mum is stupid".
            + @"|\b(?<v>tells?\s+(?:our|the|my)\s+(?:kids|children|son|daughter|boys|girls)\s+(?:that\s+)?(?:their|your)\s+(?:mum|mom|mother|mummy|dad|father|daddy)\s+is\s+(?:stupid|useless|crazy|mad|worthless|pathetic|fat|ugly|lazy|a\s+joke|an\s+idiot|a\s+slag|a\s+loser|mental|psycho))\b"
            // "makes me eat on the floor".
            + @"|\b(?<v>makes?\s+me\s+(?:eat|sleep|sit|kneel|wait)\s+(?:on\s+the\s+floor|in\s+the\s+(?:garage|shed|car|corner|hall))|treats?\s+me\s+like\s+a\s+dog)\b"
            // "he calls me 'it' when he's annoyed".
            + @"|\b(?<v>calls?\s+me\s+[""']?(?:it|that\s+thing|the\s+thing|thing)[""']?)(?=\s*(?:[.,;!?]|$|when|like|in\s+front))"
            // "worthless, disgusting, a waste of space, those are his words".
            + @"|\b(?<v>(?:worthless|disgusting|waste\s+of\s+space|useless|pathetic|stupid|ugly|fat|vile|repulsive|a\s+joke)\b[^.!?]{0,80}\b(?:those|these)\s+are\s+(?:his|her|their)\s+words)\b"
            // "makes me read my mistakes out loud to him like I'm a child".
            + $@"|\b{Partner}\s+(?:\w+\s+)?(?:makes|made|treats|treated|talks\s+to|talked\s+to|speaks\s+to|spoke\s+to)\s+me\b[^.!?;]{{0,50}}?\b(?<v>like\s+i(?:'m|\s+am|\s+was)\s+(?:a\s+)?(?:child|kid|toddler|naughty\s+(?:child|kid|schoolgirl|schoolboy)|baby|idiot|dog|servant|slave|maid|nothing))\b",
            SafetyRuleChecks.Negation);
    }
}
