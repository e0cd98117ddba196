using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

/// <summary>
/// The held-out set for the accusation check (issue 11). FROZEN: written and committed before the rules
/// were changed for issue 11, from the one-paragraph descriptions below and nothing else (the writer had not
/// read the rules or the tuning corpus in detail). It is reported by <see cref="AccusationCorpusTests"/>
/// and never edited or tuned on afterwards; a change here would make its figures meaningless.
/// </summary>
/// <remarks>
/// The descriptions the sentences were written from:
///
/// AlwaysNever — one hurt turned into a verdict on all time: "always", "never", and the same claim without
/// those words: "every single time", "not once", "constantly", "as usual", "for years now", "again and again",
/// "every time I ask".
///
/// YouMakeMeFeel (blame) — the partner made the cause of the person's feeling or state: "you make me feel",
/// "because of you", "it's your fault", "thanks to you", "you ruined", "you drive me crazy", "you've made my
/// life…".
///
/// YoureSo — a label for who they are, introduced by "you're so", "you are such a", "you were being so".
///
/// WhyDoYou — a question that asks for a defence rather than information: "why do you", "why can't you",
/// "why would you", "how could you", "what is wrong with you that…".
///
/// AnyoneWould — a norm they are put on trial against: "anyone would", "a normal person", "any decent
/// partner", "most people would", "a grown adult would".
///
/// NameCalling — insults and character labels: "liar", "idiot", "selfish jerk", "narcissist", "lazy slob".
///
/// Contempt — mockery and dismissal: "whatever", "pathetic", "grow up", "oh please", "give me a break",
/// eye-roll words, "as if".
///
/// Threat — an open threat or ultimatum meant to force: "or else", "I'll make you regret it", "if you don't,
/// I'll tell everyone".
///
/// VeiledThreat — a consequence hinted at but not named: "you'll see what happens", "don't be surprised if…",
/// "keep it up", "you might not like what I do next", "remember I know things".
///
/// BlameFeeling — a "faux feeling" that describes what someone did: "I feel abandoned", "ignored",
/// "manipulated", "used", "betrayed", "rejected".
///
/// JudgementAsFeeling — a thought about the partner dressed as a feeling: "I feel that you…", "I feel like
/// you…", "I feel as if you…".
///
/// MindReading — a claim to know their inner state or motive: "you obviously don't care", "you just want…",
/// "you did it on purpose", "you don't even want to be here", "I know you think…", "you clearly…".
///
/// GlobalCriticism — a verdict on their whole character without "you're so": "you don't care about anyone but
/// yourself", "you only ever think of yourself", "you have no respect for…", "there's something wrong with
/// you", "you are incapable of…".
///
/// Comparison — measured against someone or something else: "your phone matters more to you than I do",
/// "my ex would never…", "why can't you be more like…", "your friends get more of you than I do".
///
/// OthersOpinion — other people brought in as a jury: "everyone thinks", "my friends agree", "even your mum
/// says", "ask anyone", "people have noticed".
///
/// SarcasticPraise — praise that means its opposite: "great job remembering, really", "thanks so much for
/// finally showing up", "wow, what a thoughtful partner", "congratulations, you…".
///
/// Boundary — the person's own limit or decision, to be acknowledged and never softened: "if you … again, I
/// will leave", "I won't stay in the room while you shout", "I want a separation".
///
/// Clean — everything else, including the hard cases: praise with "always", facts with "never", feelings
/// stated plainly, requests, observations with times, and safety disclosures (fear, violence, threats,
/// control) which must not be flagged as accusations.
/// </remarks>
internal static class AccusationHeldOut
{
    private static AccusationCorpus.Sample A(AccusationKind kind, string text, params AccusationKind[] alsoFair) => new(text, kind, alsoFair);

    private static AccusationCorpus.Sample C(string text) => new(text, null, []);

    public static IReadOnlyList<AccusationCorpus.Sample> Accusatory { get; } =
    [
        A(AccusationKind.AlwaysNever, "Every single time we go out, you end up on your phone."),
        A(AccusationKind.AlwaysNever, "Not once this year have you asked how my day was."),
        A(AccusationKind.AlwaysNever, "You're late again, as usual."),
        A(AccusationKind.AlwaysNever, "For years now you've left the bills to me."),
        A(AccusationKind.AlwaysNever, "Every time I bring up money you walk off."),
        A(AccusationKind.AlwaysNever, "You constantly interrupt me when I talk about work."),

        A(AccusationKind.YouMakeMeFeel, "Because of you I couldn't sleep all night."),
        A(AccusationKind.YouMakeMeFeel, "It's your fault the weekend was ruined."),
        A(AccusationKind.YouMakeMeFeel, "Thanks to you I was embarrassed in front of my boss."),
        A(AccusationKind.YouMakeMeFeel, "You ruined my birthday."),
        A(AccusationKind.YouMakeMeFeel, "You drive me crazy when you leave dishes everywhere."),

        A(AccusationKind.YoureSo, "You're so inconsiderate with my time."),
        A(AccusationKind.YoureSo, "You are such a child about money."),
        A(AccusationKind.YoureSo, "You were being so rude to my sister."),
        A(AccusationKind.YoureSo, "You're so cold lately."),

        A(AccusationKind.WhyDoYou, "Why do you always have to be right?", AccusationKind.AlwaysNever),
        A(AccusationKind.WhyDoYou, "Why would you tell your brother about that?"),
        A(AccusationKind.WhyDoYou, "How could you forget something so important?"),
        A(AccusationKind.WhyDoYou, "Why can't you just put your phone down at dinner?"),
        A(AccusationKind.WhyDoYou, "Why didn't you think to call me?"),

        A(AccusationKind.AnyoneWould, "A normal person would have texted."),
        A(AccusationKind.AnyoneWould, "Any decent partner would have stood up for me."),
        A(AccusationKind.AnyoneWould, "Most people would apologise after something like that."),
        A(AccusationKind.AnyoneWould, "A grown adult would just say sorry."),

        A(AccusationKind.NameCalling, "You lied to me, you absolute liar."),
        A(AccusationKind.NameCalling, "Stop acting like an idiot at parties."),
        A(AccusationKind.NameCalling, "You're a lazy slob and I'm tired of it."),
        A(AccusationKind.NameCalling, "My husband is a narcissist."),
        A(AccusationKind.NameCalling, "You selfish jerk, you took the car without asking."),

        A(AccusationKind.Contempt, "Whatever, do what you want."),
        A(AccusationKind.Contempt, "Oh please, spare me the excuses."),
        A(AccusationKind.Contempt, "Grow up and deal with it."),
        A(AccusationKind.Contempt, "Your apology was pathetic."),
        A(AccusationKind.Contempt, "Give me a break, you were not busy."),

        A(AccusationKind.Threat, "Fix this or else."),
        A(AccusationKind.Threat, "If you don't apologise, I'll tell everyone what you did."),
        A(AccusationKind.Threat, "I'll make you regret embarrassing me like that."),
        A(AccusationKind.Threat, "Do that one more time and I'll smash your phone."),

        A(AccusationKind.VeiledThreat, "Keep it up and you'll see what happens."),
        A(AccusationKind.VeiledThreat, "Don't be surprised if I'm not here when you get back."),
        A(AccusationKind.VeiledThreat, "You might not like what I do next."),
        A(AccusationKind.VeiledThreat, "Remember that I know things about you."),
        A(AccusationKind.VeiledThreat, "Carry on like this and see where it gets you."),

        A(AccusationKind.BlameFeeling, "I feel completely abandoned by you."),
        A(AccusationKind.BlameFeeling, "I felt manipulated into agreeing."),
        A(AccusationKind.BlameFeeling, "I feel used."),
        A(AccusationKind.BlameFeeling, "I felt betrayed when you told your mum."),
        A(AccusationKind.BlameFeeling, "I feel rejected every night."),

        A(AccusationKind.JudgementAsFeeling, "I feel that you don't respect my job."),
        A(AccusationKind.JudgementAsFeeling, "I feel like you only care about your friends."),
        A(AccusationKind.JudgementAsFeeling, "I feel as if you're hiding something from me."),
        A(AccusationKind.JudgementAsFeeling, "I felt like you were laughing at me."),

        A(AccusationKind.MindReading, "You obviously don't care how I feel."),
        A(AccusationKind.MindReading, "You just want to get out of doing the chores."),
        A(AccusationKind.MindReading, "You did it on purpose to hurt me."),
        A(AccusationKind.MindReading, "You don't even want to be here with me."),
        A(AccusationKind.MindReading, "I know you think I'm overreacting."),
        A(AccusationKind.MindReading, "You clearly prefer spending time with them."),

        A(AccusationKind.GlobalCriticism, "You don't care about anyone but yourself."),
        A(AccusationKind.GlobalCriticism, "You only ever think of yourself."),
        A(AccusationKind.GlobalCriticism, "You have no respect for me at all."),
        A(AccusationKind.GlobalCriticism, "There's something wrong with you."),
        A(AccusationKind.GlobalCriticism, "You are incapable of keeping a promise."),
        A(AccusationKind.GlobalCriticism, "You can't do anything right."),

        A(AccusationKind.Comparison, "Your phone matters more to you than I do."),
        A(AccusationKind.Comparison, "My ex would never have spoken to me like that."),
        A(AccusationKind.Comparison, "Why can't you be more like your brother?", AccusationKind.WhyDoYou),
        A(AccusationKind.Comparison, "Your friends get more of your time than I do."),
        A(AccusationKind.Comparison, "Even the dog gets more attention from you than me."),

        A(AccusationKind.OthersOpinion, "Everyone thinks you treat me badly."),
        A(AccusationKind.OthersOpinion, "My friends agree that you were out of line."),
        A(AccusationKind.OthersOpinion, "Even your mum says you're selfish.", AccusationKind.YoureSo, AccusationKind.NameCalling),
        A(AccusationKind.OthersOpinion, "Ask anyone, they'll tell you the same."),
        A(AccusationKind.OthersOpinion, "People have noticed how you talk to me."),

        A(AccusationKind.SarcasticPraise, "Great job remembering our anniversary, really."),
        A(AccusationKind.SarcasticPraise, "Thanks so much for finally showing up."),
        A(AccusationKind.SarcasticPraise, "Wow, what a thoughtful partner you are."),
        A(AccusationKind.SarcasticPraise, "Congratulations, you forgot again.", AccusationKind.AlwaysNever),
        A(AccusationKind.SarcasticPraise, "Well done, you managed to ruin another dinner.", AccusationKind.YouMakeMeFeel),
    ];

    public static IReadOnlyList<AccusationCorpus.Sample> Boundaries { get; } =
    [
        A(AccusationKind.Boundary, "If you read my messages again, I will leave."),
        A(AccusationKind.Boundary, "I won't stay in the room while you shout at me."),
        A(AccusationKind.Boundary, "I want a separation."),
        A(AccusationKind.Boundary, "If the drinking doesn't stop, I'm moving out."),
        A(AccusationKind.Boundary, "I'm not going to discuss this tonight."),
    ];

    public static IReadOnlyList<AccusationCorpus.Sample> Clean { get; } =
    [
        C("You always know how to make me laugh."),
        C("You always make the best coffee."),
        C("You never fail to surprise me on my birthday."),
        C("I have never been to Scotland."),
        C("We never got the deposit back from the landlord."),
        C("I felt hurt and small when the plans changed."),
        C("I felt lonely on Saturday night."),
        C("I'm sad that we missed the concert."),
        C("When you came home at eleven on Tuesday, I felt worried."),
        C("Would you text me if you'll be late?"),
        C("I need to know that I matter to you."),
        C("Could we take a walk after dinner and talk about the weekend?"),
        C("Why don't we try cooking together on Sunday?"),
        C("My friends think we should go on holiday together."),
        C("Everyone at the party was lovely to me."),
        C("You're such a good dad."),
        C("I think you're so talented."),
        C("You make me feel safe when you hold my hand."),
        C("Thanks for picking up the kids, that really helped."),
        C("I know you're tired after work."),
        C("I miss how we used to talk in the evenings."),
        C("I'd love it if we could plan one evening a week for us."),
        C("Last night I waited an hour at the restaurant."),
        C("When I saw the message, my stomach dropped."),
        C("I was embarrassed when the story came up at dinner."),
        C("It would mean a lot to me if you asked about my day."),
        C("I want us to feel close again."),
        C("Every time we hike together I feel happy."),
        C("My mum asked how you were doing."),
        C("I noticed the bins weren't taken out this week."),
        C("I'm scared of what he does when he's been drinking."),
        C("He took my phone and read all my messages."),
        C("She hit me last week and I haven't told anyone."),
        C("He says he'll take the kids if I leave."),
        C("I'm afraid to go home tonight."),
        C("He controls all the money and checks every receipt."),
        C("I'm not allowed to see my friends anymore."),
        C("Sometimes I feel overwhelmed and I don't know why."),
        C("I was proud of you at the wedding."),
        C("I'd like to hear how the week was for you."),
    ];
}
