using static HurtHealing.Domain.Safety.SafetySignalKind;

namespace HurtHealing.Domain.Tests.Safety;

/// <summary>
/// The ideas of <c>SafetyRules.Indirect</c> written again in our own words (2026-12-07), after the fifth independent round
/// (written to be understated) showed them missing, with ordinary near-misses beside them. Part of the asserted corpus.
/// </summary>
internal static partial class SafetyCorpus
{
    public static IReadOnlyList<Sample> IndirectSafety { get; } =
    [
        // The partner named by first name or as the children's parent; the body at their cue.
        S(Fear, "My chest tightens whenever I hear Mark's van in the lane."),
        S(Fear, "my heart just drops when i see Kev's truck outside"),
        S(Fear, "Heart pounds every time I hear her footsteps on the stairs."),
        // Staying ready.
        S(Fear, "I keep my purse by the door when he's been drinking, just in case."),
        S(Fear, "We agreed a code word with my neighbour so she knows to call someone."),
        S(Fear, "I've been sleeping in my jeans since Friday in case I need to go."),
        S(Fear, "I'm already planning how to get the kids out if tonight goes the way last night did."),
        S(Fear, "I never know which version of her is going to walk through the door."),
        S(Fear, "I sat outside trying to figure out from his texts whether he was still furious."),
        S(Fear, "I'm too scared to tell him I lost my job after how he reacted last time."),
        S(Fear, "I can only really relax when he's away on the rigs."),
        S(Fear, "When he's working away the house feels calmer and I actually sleep."),
        S(Fear, "The nurse asked if I felt safe at home and I burst into tears."),
        // Force.
        S(Violence, "She had me by the hair in the hallway."),
        S(Violence, "Jamie pushed me so hard I fell over the coffee table."),
        S(Violence, "The kids' dad slapped me across the face at the handover."),
        S(Violence, "He slammed me against the fridge and walked off."),
        S(Violence, "She stood in the bedroom doorway and wouldn't let me leave."),
        S(Violence, "He wouldn't let me out for two hours."),
        S(Violence, "I said I didn't want to, and he did it anyway."),
        S(Violence, "He kept going even after I told him to stop."),
        S(Violence, "I've been hiding the bruises with concealer all week."),
        // Threats.
        S(Threat, "He said he'd get rid of the dog if I went out with my friends again."),
        S(Threat, "She says her mates will all see them if I ever leave her, the pictures I mean."),
        S(Threat, "He says he'll ring social services and tell them I drink."),
        S(Threat, "He told me next time I won't get up so easily."),
        S(Threat, "She whispered that no one would ever find me."),
        S(Threat, "'You'll regret this' is all the text said."),
        S(Threat, "He swears he'll take all his tablets if I walk out on him."),
        S(Threat, "He told me quite calmly that if I ever left he'd kill me."),
        // Intimidation.
        S(Intimidation, "When he starts banging the drawers the kids go silent and hide."),
        S(Intimidation, "She floored it on the bypass while I begged her to stop."),
        S(Intimidation, "He keeps a bat by the bed and picked it up when I said no."),
        S(Intimidation, "I've learned to read his face before I say anything."),
        S(Intimidation, "I came home to find all my books ripped to bits on the floor."),
        S(Intimidation, "He tore the telly off the wall because I was late."),
        // Monitoring and control.
        S(MonitoringAndControl, "He insisted I keep Find My on at all times."),
        S(MonitoringAndControl, "My salary goes straight into her account and I have to ask for cash."),
        S(MonitoringAndControl, "He gives me twenty pounds a week for food and checks the receipts."),
        S(MonitoringAndControl, "There was a tracker taped under my car seat."),
        S(MonitoringAndControl, "She changed the Netflix and bank passwords so I can't log in."),
        S(MonitoringAndControl, "He checks my mileage every night to see where I went."),
        S(MonitoringAndControl, "Ravi won't let me go back to college to finish my degree."),
        // Isolation.
        S(Isolation, "He picked a house miles from anywhere so I wouldn't have any friends nearby."),
        S(Isolation, "Every time my sister calls, he grabs the phone and hangs up."),
        S(Isolation, "She told my parents I was the one who hit her and now they won't speak to me."),
        S(Isolation, "He guilted me into quitting my yoga class."),
        S(Isolation, "She always comes up with a reason I can't go to my brother's."),
        S(Isolation, "He doesn't like me seeing my friends without him."),
        S(Isolation, "She deleted all my college friends from my Instagram and blocked them."),
        S(Isolation, "I can't even ring my mum without him sitting next to me."),
        S(Isolation, "First I gave up the band, then netball, and now it's just him."),
        S(Isolation, "He keeps telling me my family talk about me behind my back."),
        // Degradation.
        S(Degradation, "He does an impression of my stutter at parties."),
        S(Degradation, "She made me beg on my knees before she'd speak to me again."),
        S(Degradation, "He tells me I'm too stupid to drive."),
        S(Degradation, "Sam keeps telling me nobody would want a woman like me."),
        S(Degradation, "He calls me 'it' in front of his brother."),
        S(Degradation, "Useless, pathetic, a joke, those are her words every single day."),
        S(Degradation, "He talks to me like I'm a naughty child."),
    ];

    public static IReadOnlyList<Sample> IndirectOrdinary { get; } =
    [
        O("My heart jumps when I see his car pull in after all this time, in a good way."),
        O("My heart races when I see Tom's name on my phone, I'm so in love."),
        O("I keep the spare keys in my pocket just in case I lock myself out."),
        O("Our code word for the surprise party is pineapple."),
        O("I fell asleep in my clothes after the wedding."),
        O("When he's away for work I actually sleep better because he snores."),
        O("I'm scared to tell her I scratched the car."),
        O("Priya grabbed me a coffee on her way in."),
        O("Jamie pushed me to apply for the promotion and I got it."),
        O("She held my hand in the doorway and wouldn't let go, so sweet."),
        O("I told her I didn't want to paint the hall grey and she did it anyway."),
        O("I'm covering the bruises from my bike fall with long sleeves."),
        O("She said I'd be sorry if I ate the last cookie."),
        O("He said the pictures will look great when we frame them."),
        O("My boss keeps a bat in the office for cricket on Fridays."),
        O("I came home to find my plants had all died while we were away."),
        O("My wages go into our joint account and we budget together."),
        O("I found an AirTag in my suitcase that I'd put there myself."),
        O("We changed the wifi password so the kids can't stay up all night."),
        O("He checks the mileage before we sell the car."),
        O("The rain stopped me going for my run."),
        O("We moved to the countryside so the kids would have a garden."),
        O("I gave up the gym, then the book club, and now I just read at home, which suits me."),
        O("My mum calls me her little monkey and I love it."),
        O("He does a brilliant impression of the Queen."),
        O("My bf is threatening to make me watch the whole box set again."),
    ];
}
