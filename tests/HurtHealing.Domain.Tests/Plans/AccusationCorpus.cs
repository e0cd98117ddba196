using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

/// <summary>
/// Sentences written by us, labelled by hand. An accusatory sample names the kind the check should
/// report (following the overlap rule: the more specific kind wins) and any other kind that is also
/// a fair reading of part of the sentence. A clean sample should get no finding at all.
/// </summary>
/// <remarks>
/// Decided and documented cases:
/// "Why don't we take a walk?" is clean: "why don't we/I" is an invitation, and the rule only reads
/// "why … you". "Why don't you come with us?" is clean for the same reason, while "why don't you ever…"
/// is not. "I felt dismissed" is flagged (it is on our blame-word list, as the brief asks) even though
/// it is gentler than "You always dismiss me"; the reason shown says so kindly.
/// </remarks>
internal static class AccusationCorpus
{
    public sealed record Sample(string Text, AccusationKind? Kind, IReadOnlyList<AccusationKind> AlsoFair)
    {
        public bool IsFair(AccusationKind kind) => kind == Kind || AlsoFair.Contains(kind);

        public override string ToString() => Text;
    }

    public static IReadOnlyList<Sample> Accusatory { get; } =
    [
        // AlwaysNever
        A(AccusationKind.AlwaysNever, "You always dismiss my feelings."),
        A(AccusationKind.AlwaysNever, "You never listen to me."),
        A(AccusationKind.AlwaysNever, "You’re always on your phone when I’m talking."),
        A(AccusationKind.AlwaysNever, "You are never home before nine."),
        A(AccusationKind.AlwaysNever, "you never once asked how my day was"),
        A(AccusationKind.AlwaysNever, "You've never said sorry for anything."),
        A(AccusationKind.AlwaysNever, "YOU ALWAYS DO THIS."),
        A(AccusationKind.AlwaysNever, "Honestly, you constantly interrupt me."),
        A(AccusationKind.AlwaysNever, "You don't ever ask about my work."),
        A(AccusationKind.AlwaysNever, "It's like you're always somewhere else."),
        A(AccusationKind.AlwaysNever, "You'll never understand what that night was like for me."),
        A(AccusationKind.AlwaysNever, "youre never on time for anything"),
        A(AccusationKind.AlwaysNever, "You never, ever plan anything for us."),

        // YouMakeMeFeel
        A(AccusationKind.YouMakeMeFeel, "You make me feel invisible."),
        A(AccusationKind.YouMakeMeFeel, "You made me feel like an idiot at dinner."),
        A(AccusationKind.YouMakeMeFeel, "You always make me feel like I'm too much.", AccusationKind.AlwaysNever),
        A(AccusationKind.YouMakeMeFeel, "You make me so angry when you do that."),
        A(AccusationKind.YouMakeMeFeel, "You're making me feel crazy."),
        A(AccusationKind.YouMakeMeFeel, "You made me cry in front of my sister."),
        A(AccusationKind.YouMakeMeFeel, "It's your fault I feel this way."),
        A(AccusationKind.YouMakeMeFeel, "Because of you I feel worthless."),
        A(AccusationKind.YouMakeMeFeel, "You’ve made me feel so small."),
        A(AccusationKind.YouMakeMeFeel, "You make me feel like I don't matter."),
        A(AccusationKind.YouMakeMeFeel, "You don't make me feel special anymore."),

        // YoureSo
        A(AccusationKind.YoureSo, "You're so selfish."),
        A(AccusationKind.YoureSo, "You are so inconsiderate with my time."),
        A(AccusationKind.YoureSo, "You’re such a know-it-all."),
        A(AccusationKind.YoureSo, "Youre so cold lately."),
        A(AccusationKind.YoureSo, "You're so quick to judge me."),
        A(AccusationKind.YoureSo, "You're too sensitive about everything."),
        A(AccusationKind.YoureSo, "You’re being so dramatic right now."),
        A(AccusationKind.YoureSo, "You were so rude to my friends."),
        A(AccusationKind.YoureSo, "You're always so negative.", AccusationKind.AlwaysNever),
        A(AccusationKind.YoureSo, "You are SO predictable."),
        A(AccusationKind.YoureSo, "You can be so harsh."),

        // WhyDoYou
        A(AccusationKind.WhyDoYou, "Why do you always do this?", AccusationKind.AlwaysNever),
        A(AccusationKind.WhyDoYou, "Why can't you just listen for once?"),
        A(AccusationKind.WhyDoYou, "Why didn't you call me?"),
        A(AccusationKind.WhyDoYou, "Why would you say that in front of everyone?"),
        A(AccusationKind.WhyDoYou, "Why don’t you ever ask how I am?"),
        A(AccusationKind.WhyDoYou, "Why did you leave without me?"),
        A(AccusationKind.WhyDoYou, "why cant you be on time"),
        A(AccusationKind.WhyDoYou, "How come you never help with the dishes?", AccusationKind.AlwaysNever),
        A(AccusationKind.WhyDoYou, "Why are you like this?"),
        A(AccusationKind.WhyDoYou, "Why won't you talk to me?"),
        A(AccusationKind.WhyDoYou, "Why on earth would you tell her that?"),

        // AnyoneWould
        A(AccusationKind.AnyoneWould, "Anyone would be upset about that."),
        A(AccusationKind.AnyoneWould, "Anybody would have called."),
        A(AccusationKind.AnyoneWould, "Any normal person would have apologised by now."),
        A(AccusationKind.AnyoneWould, "A decent partner would have checked in on me."),
        A(AccusationKind.AnyoneWould, "Everyone knows you don't do that on a birthday."),
        A(AccusationKind.AnyoneWould, "Normal people don't act like this."),
        A(AccusationKind.AnyoneWould, "Any reasonable person could see I was hurting."),
        A(AccusationKind.AnyoneWould, "Nobody else would put up with this."),
        A(AccusationKind.AnyoneWould, "Other husbands remember anniversaries."),
        A(AccusationKind.AnyoneWould, "Even a child would know that was hurtful."),
        A(AccusationKind.AnyoneWould, "Anyone else would have noticed I was upset."),

        // NameCalling
        A(AccusationKind.NameCalling, "You're an idiot."),
        A(AccusationKind.NameCalling, "You are such a jerk.", AccusationKind.YoureSo),
        A(AccusationKind.NameCalling, "You selfish pig."),
        A(AccusationKind.NameCalling, "Stop acting like a child."),
        A(AccusationKind.NameCalling, "You're pathetic."),
        A(AccusationKind.NameCalling, "What a loser."),
        A(AccusationKind.NameCalling, "You’re a liar and everyone knows it.", AccusationKind.AnyoneWould),
        A(AccusationKind.NameCalling, "You're lazy."),
        A(AccusationKind.NameCalling, "You are being childish."),
        A(AccusationKind.NameCalling, "Are you crazy?"),
        A(AccusationKind.NameCalling, "you stupid idiot"),
        A(AccusationKind.NameCalling, "You're a narcissist."),
        A(AccusationKind.NameCalling, "Don't be such a baby."),

        // Contempt
        A(AccusationKind.Contempt, "Oh great, you forgot again."),
        A(AccusationKind.Contempt, "Whatever."),
        A(AccusationKind.Contempt, "Nice job ruining the evening."),
        A(AccusationKind.Contempt, "Yeah right, like you care."),
        A(AccusationKind.Contempt, "Real mature."),
        A(AccusationKind.Contempt, "Boo hoo, poor you."),
        A(AccusationKind.Contempt, "Well done, you've embarrassed me again."),
        A(AccusationKind.Contempt, "What is wrong with you?"),
        A(AccusationKind.Contempt, "Oh sure, blame me."),
        A(AccusationKind.Contempt, "Fine, whatever, do what you want."),
        A(AccusationKind.Contempt, "Big surprise, you're late."),
        A(AccusationKind.Contempt, "Grow up."),
        A(AccusationKind.Contempt, "Thanks for nothing."),
        A(AccusationKind.Contempt, "As if you'd notice."),
        A(AccusationKind.Contempt, "Of course you forgot."),
        A(AccusationKind.Contempt, "That's rich, coming from you."),

        // Threat
        A(AccusationKind.Boundary, "If you do that again, I'm leaving."),
        A(AccusationKind.Threat, "This is your last chance."),
        A(AccusationKind.Boundary, "I'll leave you if this happens again."),
        A(AccusationKind.Boundary, "Do it one more time and we're done."),
        A(AccusationKind.Boundary, "Either you stop drinking or I'm out."),
        A(AccusationKind.Threat, "You'll regret this."),
        A(AccusationKind.Boundary, "I want a divorce."),
        A(AccusationKind.Boundary, "If you can't change, we're done."),
        A(AccusationKind.Threat, "Change, or else."),
        A(AccusationKind.Threat, "I swear I'll tell your mother everything."),
        A(AccusationKind.Threat, "It's me or your friends."),
        A(AccusationKind.Boundary, "I'm done with you."),
        A(AccusationKind.Boundary, "Keep this up and I'm moving out."),

        // BlameFeeling
        A(AccusationKind.BlameFeeling, "I feel abandoned."),
        A(AccusationKind.BlameFeeling, "I felt completely betrayed."),
        A(AccusationKind.BlameFeeling, "I feel so manipulated by all of this."),
        A(AccusationKind.BlameFeeling, "I felt ignored all evening."),
        A(AccusationKind.BlameFeeling, "I feel rejected and used."),
        A(AccusationKind.BlameFeeling, "I’ve been feeling really disrespected lately."),
        A(AccusationKind.BlameFeeling, "I feel invalidated when I share something."),
        A(AccusationKind.BlameFeeling, "I felt lonely and neglected."),
        A(AccusationKind.BlameFeeling, "I feel like I was cheated on."),
        A(AccusationKind.BlameFeeling, "I feel unappreciated at home."),
        A(AccusationKind.BlameFeeling, "I felt belittled in front of your parents."),
        A(AccusationKind.BlameFeeling, "I feel controlled."),
        A(AccusationKind.BlameFeeling, "I felt dismissed when you walked away."),
        A(AccusationKind.BlameFeeling, "i feel taken for granted"),

        // JudgementAsFeeling
        A(AccusationKind.JudgementAsFeeling, "I feel that you don't care about me."),
        A(AccusationKind.JudgementAsFeeling, "I feel like you never listen.", AccusationKind.AlwaysNever),
        A(AccusationKind.JudgementAsFeeling, "I feel like you're hiding something."),
        A(AccusationKind.JudgementAsFeeling, "I felt as if you wanted me gone."),
        A(AccusationKind.JudgementAsFeeling, "I feel you put your friends first."),
        A(AccusationKind.JudgementAsFeeling, "I feel that you should apologise."),
        A(AccusationKind.JudgementAsFeeling, "I felt like you were laughing at me."),
        A(AccusationKind.JudgementAsFeeling, "I feel as though you don't respect me."),
        A(AccusationKind.JudgementAsFeeling, "I get the feeling you’d rather be elsewhere."),
        A(AccusationKind.JudgementAsFeeling, "I just feel like you don’t want to be here."),
        A(AccusationKind.JudgementAsFeeling, "I’ve felt that you pull away whenever I get upset."),

        // First held-out round: written after the rules above were frozen; the four it missed
        // ("too proud to", "whatever you say", "I'm gone", "you'll see what happens") led to rule fixes.
        A(AccusationKind.AlwaysNever, "you literally never text back"),
        A(AccusationKind.AlwaysNever, "Every weekend you're always at your brother's."),
        A(AccusationKind.AlwaysNever, "You have never once taken my side."),
        A(AccusationKind.AlwaysNever, "And you always act like it's no big deal."),
        A(AccusationKind.YouMakeMeFeel, "you make me feel like a burden"),
        A(AccusationKind.YouMakeMeFeel, "Honestly you made me feel worthless last night."),
        A(AccusationKind.YouMakeMeFeel, "You keep making me feel stupid for asking."),
        A(AccusationKind.YouMakeMeFeel, "you're the reason I'm so anxious all the time"),
        A(AccusationKind.YoureSo, "You're so self-absorbed."),
        A(AccusationKind.YoureSo, "you are so stubborn"),
        A(AccusationKind.YoureSo, "You’re too proud to ever apologise."),
        A(AccusationKind.YoureSo, "You're being so unfair."),
        A(AccusationKind.WhyDoYou, "Why do you even bother asking?"),
        A(AccusationKind.WhyDoYou, "Why couldn't you just tell me the truth?"),
        A(AccusationKind.WhyDoYou, "why'd you lie about it"),
        A(AccusationKind.WhyDoYou, "Why is it so hard for you to say sorry?"),
        A(AccusationKind.AnyoneWould, "Any other boyfriend would have stood up for me."),
        A(AccusationKind.AnyoneWould, "Literally anyone would see how rude that was."),
        A(AccusationKind.AnyoneWould, "Everybody else manages to remember birthdays."),
        A(AccusationKind.AnyoneWould, "A normal husband wouldn't do this."),
        A(AccusationKind.NameCalling, "You're such a hypocrite.", AccusationKind.YoureSo),
        A(AccusationKind.NameCalling, "you absolute moron"),
        A(AccusationKind.NameCalling, "You're a coward, plain and simple."),
        A(AccusationKind.NameCalling, "Quit acting like a spoiled brat."),
        A(AccusationKind.Contempt, "Oh wonderful, another cancelled dinner."),
        A(AccusationKind.Contempt, "Sure, whatever you say."),
        A(AccusationKind.Contempt, "Way to go, ruining my birthday."),
        A(AccusationKind.Contempt, "Poor baby, did I hurt your feelings?"),
        A(AccusationKind.Contempt, "Congratulations, you've ruined everything."),
        A(AccusationKind.Boundary, "If this happens again, I'm gone."),
        A(AccusationKind.Boundary, "One more lie and we're finished."),
        A(AccusationKind.Threat, "Keep it up and you'll see what happens."),
        A(AccusationKind.Boundary, "I'm going to leave you."),
        A(AccusationKind.Threat, "Do that again and I'm calling a lawyer."),
        A(AccusationKind.BlameFeeling, "I felt totally ignored at the wedding."),
        A(AccusationKind.BlameFeeling, "I feel so unwanted lately."),
        A(AccusationKind.BlameFeeling, "I felt really let down by you."),
        A(AccusationKind.BlameFeeling, "honestly i feel used"),
        A(AccusationKind.JudgementAsFeeling, "I feel like you care more about your job than me."),
        A(AccusationKind.JudgementAsFeeling, "I feel you're not even trying."),
        A(AccusationKind.JudgementAsFeeling, "I felt like you didn't want me there."),
        A(AccusationKind.JudgementAsFeeling, "I get the sense that you're bored with me."),

        // Second held-out round, also written after a freeze. It missed four ("your fault that I'm
        // this stressed", "other people's partners", "don't bother coming home", "choose: me or…"),
        // which led to the fixes that now catch them.
        A(AccusationKind.AlwaysNever, "Its always about you, you never think about me."),
        A(AccusationKind.AlwaysNever, "You never seem to notice when I'm struggling."),
        A(AccusationKind.AlwaysNever, "you're constantly criticising how I load the dishwasher"),
        A(AccusationKind.AlwaysNever, "Whenever I need you, you are never there."),
        A(AccusationKind.YouMakeMeFeel, "You have made me feel so unimportant."),
        A(AccusationKind.YouMakeMeFeel, "You really make me feel like I'm nothing to you."),
        A(AccusationKind.YouMakeMeFeel, "You made me so upset on Friday."),
        A(AccusationKind.YouMakeMeFeel, "It is your fault that I'm this stressed."),
        A(AccusationKind.YoureSo, "You are so lazy when it comes to the house."),
        A(AccusationKind.YoureSo, "You're so emotionally unavailable."),
        A(AccusationKind.YoureSo, "Youre such a pushover with your mum."),
        A(AccusationKind.YoureSo, "You were too drunk to even notice me."),
        A(AccusationKind.WhyDoYou, "Why must you always embarrass me?", AccusationKind.AlwaysNever),
        A(AccusationKind.WhyDoYou, "Why didnt you tell me sooner?"),
        A(AccusationKind.WhyDoYou, "Why wouldn't you answer your phone?"),
        A(AccusationKind.WhyDoYou, "How come you never ask me out anymore?", AccusationKind.AlwaysNever),
        A(AccusationKind.AnyoneWould, "Any decent human being would have said sorry."),
        A(AccusationKind.AnyoneWould, "Everybody would agree that was out of line."),
        A(AccusationKind.AnyoneWould, "Other people's partners actually show up for them."),
        A(AccusationKind.AnyoneWould, "A grown man should know better."),
        A(AccusationKind.NameCalling, "You're a complete idiot sometimes."),
        A(AccusationKind.NameCalling, "you are such a selfish brat", AccusationKind.YoureSo),
        A(AccusationKind.NameCalling, "You’re heartless."),
        A(AccusationKind.NameCalling, "What an absolute clown."),
        A(AccusationKind.Contempt, "Oh perfect, you're late again."),
        A(AccusationKind.Contempt, "Whatever, I don't care anymore."),
        A(AccusationKind.Contempt, "Good job forgetting the one thing I asked for."),
        A(AccusationKind.Contempt, "Must be nice to sleep in every day."),
        A(AccusationKind.Contempt, "Yeah, sure, you were 'busy'."),
        A(AccusationKind.Threat, "If you go to that party, don't bother coming home."),
        A(AccusationKind.Threat, "I'm warning you, this is the last time."),
        A(AccusationKind.Boundary, "Next time you lie to me, I'm leaving for good."),
        A(AccusationKind.Threat, "Choose: me or the bottle."),
        A(AccusationKind.BlameFeeling, "I feel completely abandoned by you."),
        A(AccusationKind.BlameFeeling, "I’m feeling really pressured into this."),
        A(AccusationKind.BlameFeeling, "I felt mocked when you laughed."),
        A(AccusationKind.BlameFeeling, "I felt so unsupported after the surgery."),
        A(AccusationKind.JudgementAsFeeling, "I feel like you only call when you need something."),
        A(AccusationKind.JudgementAsFeeling, "I feel that you're taking me for granted."),
        A(AccusationKind.JudgementAsFeeling, "I felt you didn't even try."),
        A(AccusationKind.JudgementAsFeeling, "I'm feeling like you don't want this anymore."),
    ];

    public static IReadOnlyList<Sample> Clean { get; } =
    [
        // The brief's hard cases
        C("I always feel better after we talk."),
        C("I never want to lose what we have."),
        C("Why don't we take a walk?"),
        C("You are so important to me."),
        C("I feel hurt and lonely."),
        C("I feel that's fair."),

        // Well-formed "I feel" statements
        C("When you left the party without me, I felt alone and embarrassed."),
        C("I felt hurt when the plans changed without a word."),
        C("When you didn't reply all day, I felt worried and a bit scared."),
        C("When the story came up at dinner, I felt embarrassed, because I need to trust that private things stay private."),
        C("I felt humiliated, not just upset."),
        C("I felt scared and small."),
        C("I felt disappointed that the trip was cancelled."),
        C("I feel nervous about bringing this up."),
        C("I was surprised and hurt when I found out."),
        C("I felt lonely, and I'd like more evenings together."),

        // Needs and requests
        C("I need to know that I matter to you."),
        C("Would you be willing to put the phone away while we talk?"),
        C("I'm not looking to fight. I just need you to hear me."),
        C("I need reassurance that we are okay."),
        C("Would you hold my hand while we talk?"),
        C("I'd love it if you texted when you're running late."),
        C("I'd like us to find a time that works for both of us."),
        C("It helps me when we talk before bed."),

        // Appreciation that shares words with accusations
        C("You always make me laugh, even on hard days."),
        C("You always know how to calm me down."),
        C("I know you never meant to hurt me."),
        C("You make me feel safe."),
        C("You made me feel so loved on my birthday."),
        C("You're such a good listener when you're not tired."),
        C("You're so kind to my mum."),
        C("You're too good to me."),
        C("You’re so right, I hadn't thought of that."),
        C("You make me laugh like nobody else."),
        C("You’re the reason I smile most days."),
        C("I feel like you really listened tonight."),
        C("You were there for me when my dad was ill."),
        C("You're the most patient person I know."),
        C("I love you so much."),
        C("Thank you for listening to me."),
        C("Nice job with dinner tonight, it was lovely."),
        C("Great news about your sister!"),

        // Self-directed words that would be insults if aimed at the partner
        C("I was so stupid to assume you knew."),
        C("I felt like an idiot standing there alone."),
        C("I don't think you're lazy; I think you're exhausted."),
        C("You're not a failure for finding this hard."),
        C("I used to feel rejected by my family, so this touches an old wound."),
        C("I don't feel ignored when you text me during the day."),

        // Thoughts about us or me, not about the partner
        C("I feel like I'm not a priority right now."),
        C("I feel that we need a break before we talk more."),
        C("I feel like we've drifted a little, and I miss you."),
        C("I feel you."),

        // Curious questions and invitations
        C("What was going on for you that night?"),
        C("I'd like to understand why you decided to go."),
        C("Could you tell me what that evening was like for you?"),
        C("I want to hear your side before I say more."),
        C("Why do I get so upset about this? I want to understand myself."),
        C("Why does this keep hurting? I want to work it out with you."),
        C("Why don't you come with me to see my parents?"),
        C("I want to ask what you needed from me that day."),
        C("Do you want to go first or shall I?"),
        C("Can we sit together on Sunday morning?"),

        // Generous comparisons
        C("Anyone can make a mistake."),
        C("Everyone has bad days, me included."),
        C("I think anyone can lose track of time sometimes."),
        C("Most people find these talks hard, and so do I."),
        C("Anyone would be lucky to have you."),

        // Boundaries and pauses, not threats
        C("I'm not going anywhere. I want us to work on this."),
        C("I'll leave the room for a few minutes if I start to feel flooded, and then I'll come back."),
        C("We're done for tonight, can we pick this up tomorrow?"),
        C("I'm done talking for now, I need a short break."),
        C("I need some space this evening, and I'll come find you after."),
        C("The worst of it is over, and I'm grateful."),

        // Everyday words that look like contempt cues
        C("Whatever happens, I want us to be honest."),
        C("Whatever you need, I'm here."),
        C("It was a big deal to me."),
        C("So what I'm hearing is that you felt cornered."),
        C("I hope you never feel as alone as I did that night."),
        C("Please don't ever stop making me coffee in the morning."),
        C("It felt as if I didn't matter."),
        C("I'm sorry I raised my voice last week."),
        C("I can't promise I won't cry, and that's okay."),
        C("My mind was racing and I needed a minute."),

        // First held-out round. Four false alarms led to fixes ("you never have to", "at home",
        // "nobody else knows me", "anyone could see"); "Why did you choose that song?" is still
        // flagged on purpose: "why did you" reads as interrogation in most hard talks.
        C("I missed you while you were away."),
        C("I always look forward to Sundays with you."),
        C("You never have to carry this alone."),
        C("I felt so proud of you at the wedding."),
        C("When you forgot the anniversary, I felt sad and overlooked."),
        C("I need us to check in with each other once a week."),
        C("Would you tell me when something's bothering you?"),
        C("I know you were exhausted that night."),
        C("Can we try again this weekend?"),
        C("I'm scared to bring this up, but it matters to me."),
        C("You're such a thoughtful partner most of the time."),
        C("You make me feel at home."),
        C("Nobody else knows me like you do."),
        C("Anyone could see how much you love the kids."),
        C("Why did you choose that song? I loved it."),
        C("I was hurt, and I still love you."),
        C("What do you need from me right now?"),
        C("It's okay if you need time to think."),
        C("Whatever we decide, I'm in."),
        C("I'd like to hear what the evening was like for you."),
        C("Thank you for apologising, it meant a lot."),
        C("I'm not angry anymore, just sad."),
        C("I've never felt this close to anyone."),
        C("Let's take a break and come back in twenty minutes."),
        C("You did a great job with the kids today."),
        C("I feel calmer now that we've talked."),
        C("If you ever want to talk, I'm here."),
        C("I'd love for us to plan a trip."),
        C("It's over now and I feel lighter."),
        C("My friend said I deserve better, but I want to hear you first."),

        // Second held-out round; "you always remember how…" and "I'll tell your mum we'll be late"
        // were false alarms that led to fixes.
        C("I felt overwhelmed when the bills arrived and I didn't know who to ask."),
        C("You always remember how I take my tea, and I love that."),
        C("I never told you how scared I was."),
        C("You are so brave for sharing that."),
        C("I feel a bit lost and I'd like your help."),
        C("I feel like this is hard for both of us."),
        C("Why don't you come sit with me for a bit?"),
        C("When the door slammed, I felt frightened."),
        C("I need to feel that I can count on you."),
        C("Can you help me understand what happened from your side?"),
        C("We both said things we didn't mean."),
        C("You have always been my best friend."),
        C("I'm going to leave early tomorrow, so let's talk tonight."),
        C("I'll tell your mum we'll be late."),
        C("Is it okay if we wait until Saturday?"),
        C("I appreciate that you apologised."),
        C("Nothing you do is ever going to make me stop loving you."),
        C("I'm trying not to assume the worst."),
        C("I was worried you didn't want to talk."),
        C("Nice work on the garden, by the way."),
        C("I felt grateful when you called my dad."),
        C("I've been feeling tired and short-tempered, and that's on me."),
        C("I think we're both doing our best."),
        C("You seem tired lately; is everything okay?"),
        C("It really mattered to me that you came."),
        C("We could go for a walk and talk afterwards."),
        C("You never need to apologise for crying."),
        C("I hope we can laugh about this someday."),
        C("Honestly, I just want us to feel close again."),
        C("I felt foolish for not asking sooner."),
    ];

    /// <summary>
    /// Third held-out round, written after the second round's fixes were frozen and deliberately NOT
    /// used to tune the rules: its figures (reported separately) are the honest estimate for sentences
    /// the rules have never seen. Not part of the thresholds.
    /// </summary>
    public static IReadOnlyList<Sample> HeldOutAccusatory { get; } =
    [
        A(AccusationKind.AlwaysNever, "You always have an excuse."),
        A(AccusationKind.AlwaysNever, "you never put me first, not once"),
        A(AccusationKind.AlwaysNever, "You are constantly on that laptop."),
        A(AccusationKind.YouMakeMeFeel, "You make me feel so stupid sometimes."),
        A(AccusationKind.YouMakeMeFeel, "You made me feel unwelcome in my own home."),
        A(AccusationKind.YoureSo, "You're so dismissive."),
        A(AccusationKind.YoureSo, "You were being so cold at dinner."),
        A(AccusationKind.WhyDoYou, "Why do you have to make everything a joke?"),
        A(AccusationKind.WhyDoYou, "why can't you ever just say sorry"),
        A(AccusationKind.AnyoneWould, "Any sane person would have called ahead."),
        A(AccusationKind.AnyoneWould, "Anyone with half a brain would see it."),
        A(AccusationKind.NameCalling, "You're a selfish coward."),
        A(AccusationKind.NameCalling, "You know what you are? A liar."),
        A(AccusationKind.Contempt, "Oh brilliant, now you're sulking."),
        A(AccusationKind.Contempt, "Wow, thanks a lot for ruining it."),
        A(AccusationKind.Boundary, "Lie to me again and I'm leaving."),
        A(AccusationKind.Boundary, "I'll walk out if you bring her up again."),
        A(AccusationKind.BlameFeeling, "I feel really neglected lately."),
        A(AccusationKind.BlameFeeling, "I felt judged by you and your friends."),
        A(AccusationKind.JudgementAsFeeling, "I feel like you don't even see me."),
        A(AccusationKind.JudgementAsFeeling, "I felt that you were dismissing me."),
    ];

    public static IReadOnlyList<Sample> HeldOutClean { get; } =
    [
        C("I felt left out when the plans were made without me."),
        C("You always light up when you talk about your work."),
        C("I need a hug more than an answer right now."),
        C("When you came home late, I felt anxious."),
        C("I'd feel better if we could set a time to talk."),
        C("You're so good with the kids."),
        C("Why didn't I say something sooner? I was scared."),
        C("Anyone would be proud of what you did."),
        C("I'm leaving for work at eight, so can we talk after?"),
        C("It was so thoughtful of you to call."),
        C("I feel loved when you hold my hand."),
        C("I'm sorry, I was wrong about that."),
        C("I don't want to fight; I want to understand."),
        C("Can we try to be gentle with each other tonight?"),
        C("I'm still hurt, but I'm ready to listen."),
        C("Thanks so much for making dinner."),
        C("Please tell me if I've hurt you too."),
        C("You're always welcome to tell me how you feel."),
        C("I feel calmer after our walk."),
        C("I want us to figure this out together."),
    ];

    private static Sample A(AccusationKind kind, string text, params AccusationKind[] alsoFair) => new(text, kind, alsoFair);

    private static Sample C(string text) => new(text, null, []);
}
