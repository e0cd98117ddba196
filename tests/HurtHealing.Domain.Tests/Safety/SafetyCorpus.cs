using HurtHealing.Domain.Safety;
using static HurtHealing.Domain.Safety.SafetySignalKind;

namespace HurtHealing.Domain.Tests.Safety;

/// <summary>
/// Sentences written by us and labelled by hand, the way a person might write in the app: what happened,
/// a journal entry, a feeling, a plan statement. A safety sample names the kind it must be found as;
/// a boundary sample is a boundary or a decision to leave (and names any safety kind it also carries);
/// an ordinary sample uses the same words without danger and must raise nothing.
/// </summary>
internal static class SafetyCorpus
{
    public sealed record Sample(string Text, SafetySignalKind? Kind)
    {
        public override string ToString() => Text;
    }

    public static IReadOnlyList<Sample> Safety { get; } =
    [
        // Fear of the partner
        S(Fear, "I'm afraid of him."),
        S(Fear, "I’m scared of my husband when he drinks."),
        S(Fear, "Honestly I am terrified of her."),
        S(Fear, "I'm afraid of you."),
        S(Fear, "I don't feel safe at home anymore."),
        S(Fear, "I feel unsafe around my boyfriend."),
        S(Fear, "I'm scared he'll hurt me if I tell him."),
        S(Fear, "I'm too scared to go home tonight."),
        S(Fear, "He scares me."),
        S(Fear, "I felt threatened when you punched the wall.", Intimidation),
        S(Fear, "I'm frightened of what he might do."),
        S(Fear, "I live in fear of my partner."),
        S(Fear, "She frightens me when she gets like that."),
        S(Fear, "I'm afraid to say no to him."),
        S(Fear, "I worry she will hit me again."),
        S(Fear, "i dont feel safe with him"),

        // Violence
        S(Violence, "He hit me last night."),
        S(Violence, "She slapped me in front of the kids."),
        S(Violence, "My husband pushed me against the wall."),
        S(Violence, "He grabbed my arm so hard it bruised."),
        S(Violence, "you choked me"),
        S(Violence, "He threw a glass at me."),
        S(Violence, "They shoved me down the stairs."),
        S(Violence, "My boyfriend has been hitting me for months."),
        S(Violence, "He blocked the door so I couldn't get out."),
        S(Violence, "She kicked me while I was on the floor."),
        S(Violence, "I was slapped again on Sunday."),
        S(Violence, "He put his hands around my throat."),
        S(Violence, "My wife punches me when she's angry."),
        S(Violence, "He pulled my hair and dragged me across the room."),
        S(Violence, "He wouldn't let me leave the bedroom."),

        // Threats
        S(Threat, "He threatened to kill me."),
        S(Threat, "She says she'll kill herself if I leave."),
        S(Threat, "He told me I'd never see the kids again."),
        S(Threat, "My husband threatens to take the children."),
        S(Threat, "He said he would hurt me if I told anyone."),
        S(Threat, "If I leave, he'll make my life hell."),
        S(Threat, "She threatened to post my photos online."),
        S(Threat, "He keeps saying he'll end it all if I go."),
        S(Threat, "you threatened me"),
        S(Threat, "He sent me threatening texts all night."),
        S(Threat, "He said I'd regret it if I went to my sister's."),
        S(Threat, "My girlfriend threatened to call immigration on me."),

        // Intimidation
        S(Intimidation, "I'm walking on eggshells all the time."),
        S(Intimidation, "He punched a hole in the wall."),
        S(Intimidation, "She smashed my phone."),
        S(Intimidation, "He screamed in my face."),
        S(Intimidation, "He stood over me while I cried."),
        S(Intimidation, "He drove like a maniac to scare me."),
        S(Intimidation, "She threw a plate across the kitchen."),
        S(Intimidation, "He slammed his fist on the table."),
        S(Intimidation, "He showed me his knife."),
        S(Intimidation, "He kicked the dog to make a point."),
        S(Intimidation, "I never know what will set him off."),
        S(Intimidation, "He raised his fist at me."),

        // Monitoring and control
        S(MonitoringAndControl, "You always check my phone."),
        S(MonitoringAndControl, "He goes through my messages every night."),
        S(MonitoringAndControl, "She tracks my location."),
        S(MonitoringAndControl, "He controls all the money."),
        S(MonitoringAndControl, "I have to ask him for money."),
        S(MonitoringAndControl, "He won't let me work."),
        S(MonitoringAndControl, "She made me quit my job."),
        S(MonitoringAndControl, "He demands my passwords."),
        S(MonitoringAndControl, "He tells me what I can wear."),
        S(MonitoringAndControl, "I need his permission to go out."),
        S(MonitoringAndControl, "He put a tracker on my car."),
        S(MonitoringAndControl, "My husband takes my wages."),
        S(MonitoringAndControl, "He's so controlling."),
        S(MonitoringAndControl, "She reads my emails."),
        S(MonitoringAndControl, "He took my passport."),
        S(MonitoringAndControl, "He calls me every ten minutes when I'm out."),

        // Isolation
        S(Isolation, "You never let me see my friends."),
        S(Isolation, "He cut me off from my family."),
        S(Isolation, "She isolated me from everyone."),
        S(Isolation, "He keeps me away from my mum."),
        S(Isolation, "I'm not allowed to see my sister."),
        S(Isolation, "He turned my friends against me."),
        S(Isolation, "He gets furious when I see my friends."),
        S(Isolation, "He made me stop seeing my friends."),
        S(Isolation, "We moved and he moved me away from my family."),
        S(Isolation, "I've lost all my friends because of him."),
        S(Isolation, "She stopped me from visiting my parents."),

        // Degradation
        S(Degradation, "He calls me stupid."),
        S(Degradation, "She called me a fat cow."),
        S(Degradation, "He tells me I'm worthless."),
        S(Degradation, "He says no one else would ever want me."),
        S(Degradation, "She puts me down in front of her friends."),
        S(Degradation, "He belittles me constantly."),
        S(Degradation, "He treats me like dirt."),
        S(Degradation, "you call me names"),
        S(Degradation, "He tells me I'm crazy and it never happened."),
        S(Degradation, "He mocks my weight."),
        S(Degradation, "She humiliates me in public."),
    ];

    /// <summary>Boundaries and decisions to leave: never a threat. The kind, when given, is a safety signal the sentence also carries.</summary>
    public static IReadOnlyList<Sample> Boundaries { get; } =
    [
        B("If you hit me again, I'll leave.", Violence),
        B("I want a divorce."),
        B("I'm moving out."),
        B("I need you to stop going through my phone.", MonitoringAndControl),
        B("If you shout again I'll go to my mum's."),
        B("I've decided to separate."),
        B("I'm leaving you."),
        B("I'm ending this relationship."),
        B("I will leave the room if you start yelling."),
        B("I won't stay if you keep drinking."),
        B("I'm not going to put up with this anymore."),
        B("I need you to stop calling me names.", Degradation),
        B("From now on I'm sleeping in the spare room."),
        B("I've decided to move in with my sister."),
        B("If you push me again I'm calling the police.", Violence),
        B("I want to separate."),
        B("We're done."),
        B("It's over between us."),
        B("I'm filing for divorce."),
        B("I'm breaking up with you."),
        B("I'll hang up if you start shouting."),
        B("I need you to stop checking my location.", MonitoringAndControl),
        B("I'm going to stay with a friend for a while."),
        B("I'm not okay with you reading my messages.", MonitoringAndControl),
        B("Please stop following me."),
        B("I will not be spoken to like that."),
        B("If you lie to me again, I'm leaving."),
        B("I've made up my mind: I'm leaving."),
        B("I'm taking the kids to my parents' for the weekend."),
        B("I'm done with this marriage."),
        B("I want you to move out."),
        B("Next time you scream at me I'm walking out."),
        B("I'm going to end our engagement."),
        B("I need space, so I'm staying at my brother's."),
        B("I won't discuss this while you're drunk."),
        B("I'm not coming home tonight."),
        B("I've found a flat and I'm moving out next month."),
        B("If you threaten me again, I'm leaving for good.", Threat),
        B("I won't let you take my wages anymore."),
        B("I'm leaving, and that's final."),
    ];

    /// <summary>Ordinary sentences that use the same words without danger.</summary>
    public static IReadOnlyList<Sample> Ordinary { get; } =
    [
        O("I was afraid I'd be late."),
        O("I'm scared this talk will go badly."),
        O("She grabbed the last slice of cake."),
        O("I'm afraid of losing him."),
        O("I'm scared she'll leave me."),
        O("I'm afraid he doesn't love me anymore."),
        O("It hit me that we hadn't talked in weeks."),
        O("He hit the roof when he saw the bill."),
        O("She pushed me to apply for the job."),
        O("He pushed me away when I tried to talk."),
        O("I grabbed my coat and went for a walk."),
        O("He grabbed me a coffee on the way home."),
        O("She threw me a surprise party."),
        O("He threw the ball for the dog."),
        O("The realisation hit me hard."),
        O("You scared me half to death when you crept in."),
        O("I'm scared of spiders."),
        O("I was terrified before my driving test."),
        O("She beat me at chess again."),
        O("He beat me home by ten minutes."),
        O("I checked my phone and there was nothing from him."),
        O("Can you check my email for the tickets?"),
        O("He took my phone to call his mum because his was dead."),
        O("He manages our money because he's better with numbers."),
        O("We share our locations when one of us travels."),
        O("She won't let me pay for dinner."),
        O("He never lets me finish a sentence."),
        O("He didn't let me explain."),
        O("I'm not allowed to eat sugar after the operation."),
        O("He said he'd kill for a cup of tea."),
        O("My mum will kill me if I forget her birthday."),
        O("She threatened to cancel the holiday."),
        O("It threatened to rain all day."),
        O("I felt threatened by her success."),
        O("I felt intimidated at the interview."),
        O("He is so intimidating at work, everyone says so."),
        O("I'm walking home now."),
        O("I felt unsafe walking home alone last night."),
        O("I don't feel safe sharing my feelings yet."),
        O("He called me gorgeous."),
        O("She called me back after an hour."),
        O("He calls me every evening from his trip."),
        O("He tells me I'm beautiful."),
        O("I feel stupid for trusting her."),
        O("He put me down for the early shift."),
        O("She treats me like a princess."),
        O("He laughed at my joke."),
        O("I felt isolated after the move."),
        O("I miss my friends since we moved."),
        O("He doesn't like my friends much."),
        O("She gets upset when I forget to call."),
        O("I cut off my hair last week."),
        O("He kept me from making a bad decision."),
        O("He stopped me from sending that angry email."),
        O("He has never hit me."),
        O("She would never hurt me."),
        O("I'm not afraid of him, just tired."),
        O("He doesn't check my phone."),
        O("I've never felt unsafe with her."),
        O("He never threatened me."),
        O("He hurt my feelings."),
        O("You hurt me when you forgot our anniversary."),
        O("I slammed the door and regretted it."),
        O("He forgot my birthday again."),
        O("She ignored me all evening."),
        O("He was late and didn't call."),
        O("I felt dismissed when you walked away."),
        O("I cried in the car after the party."),
        O("My boyfriend dragged me to a party I didn't want to go to."),
        O("She twisted my arm into going to the wedding."),
        O("He pulled my leg about the haircut."),
        O("I hurt my back lifting the sofa."),
        O("The dog bit me on the hand."),
        O("He punched the air when his team scored."),
        O("We kicked off the evening with a walk."),
        O("I'm walking on air since the weekend."),
        O("He got angry when I was late again."),
        O("I'm scared to bring this up, but it matters to me."),
        O("She says she'll always love me."),
        O("He told me I'd love the film."),
        O("He said he'd leave early tomorrow."),
        O("I worry he will forget again."),
        O("I'm terrified of flying."),
        O("I get nervous around her parents."),
        O("I fear this won't work out."),
        O("He keeps tabs on the football scores."),
        O("She follows me on Instagram."),
        O("He tracks his steps every day."),
        O("He made me laugh for the first time in weeks."),
        O("She made me a cup of tea and we talked."),
        O("I have to ask him about the weekend plans."),
        O("He decides what we watch most nights."),
        O("He chose the restaurant."),
        O("She took my car to work because hers broke down."),
        O("I broke my phone when I dropped it."),
        O("He threw away the old sofa."),
        O("I felt trapped in that job."),
        O("We argued and he went quiet for the evening."),
        O("He shook my hand at the end."),
        O("The news really shook me."),
        O("He was scared of losing his job."),
    ];

    /// <summary>
    /// Held out: written after the rules above were frozen, by imagining other people writing (texting,
    /// British, American and Indian English, typos, long and short). Never used to tune the rules.
    /// </summary>
    public static IReadOnlyList<Sample> HeldOutSafety { get; } = [];

    public static IReadOnlyList<Sample> HeldOutBoundaries { get; } = [];

    public static IReadOnlyList<Sample> HeldOutOrdinary { get; } = [];

    private static Sample S(SafetySignalKind kind, string text, SafetySignalKind? _ = null) => new(text, kind);

    private static Sample B(string text, SafetySignalKind? alsoCarries = null) => new(text, alsoCarries);

    private static Sample O(string text) => new(text, null);
}
