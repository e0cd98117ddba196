namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Every log event id in one place, in ranges by area, so a new feature takes the next free range
/// instead of guessing (as Identity UI keeps its LoggerEventIds). Ranges:
/// <list type="bullet">
/// <item>1000–1999: Accounts, sign-in, two-step sign-in and sessions</item>
/// <item>2000–2999: Incidents, feelings, needs, journal and the person's settings</item>
/// <item>3000–3999: Email</item>
/// <item>4000–4999: Talk plans</item>
/// <item>5000–5999: Faults and limits</item>
/// <item>6000–6099: Bringing an export back in (import)</item>
/// <item>7000–8999: Healing over weeks: repair attempts, promises, check-ins, boundaries and patterns</item>
/// <item>6100 and 9000 up: free for the next features (6100 safety, 9000 export and delete).</item>
/// </list>
/// </summary>
public static class LogEvents
{
    public static IReadOnlyList<(int First, int Last, string Area)> Ranges { get; } =
    [
        (1000, 1999, "Accounts, sign-in, two-step sign-in and sessions"),
        (2000, 2999, "Incidents, feelings, needs, journal and the person's settings"),
        (3000, 3999, "Email"),
        (4000, 4999, "Talk plans"),
        (5000, 5999, "Faults and limits"),
        (6000, 6099, "Bringing an export back in"),
        (7000, 8999, "Healing over weeks: repair attempts, promises, check-ins, boundaries and patterns"),
    ];

    // 1000–1999: Accounts, sign-in, two-step sign-in and sessions
    public const int AccountCreated = 1000;
    public const int SignedIn = 1001;
    public const int SignInFailed = 1002;
    public const int SignInPaused = 1003;
    public const int SignInEmailNotConfirmed = 1004;
    public const int SignUpForExistingAddress = 1005;
    public const int SignedOut = 1010;
    public const int ResetLinkSent = 1020;
    public const int ResetAskedForUnknownAddress = 1021;
    public const int PasswordReset = 1030;
    public const int PasswordResetRefused = 1031;
    public const int ConfirmationResent = 1040;
    public const int ConfirmationNothingToSend = 1041;
    public const int ConfirmationSendFailed = 1042;
    public const int PasswordChanged = 1050;
    public const int PasswordChangeWrongPassword = 1051;
    public const int OtherSessionsEnded = 1060;
    public const int AccountDeleted = 1070;
    public const int AccountDeleteWrongPassword = 1071;
    public const int AccountDeleteWrongCode = 1072;
    public const int DataExported = 1080;
    public const int DataExportRefused = 1081;
    public const int TwoStepEnabled = 1101;
    public const int TwoStepDisabled = 1102;
    public const int AuthenticatorReset = 1103;
    public const int RecoveryCodesMade = 1104;
    public const int SignedInWithAuthenticator = 1105;
    public const int WrongAuthenticatorCode = 1106;
    public const int PausedAtAuthenticator = 1107;
    public const int SignedInWithRecoveryCode = 1108;
    public const int WrongRecoveryCode = 1109;
    public const int RecoveryCodesWrongPassword = 1110;
    public const int TwoStepDeviceForgotten = 1111;
    public const int WrongSetupCode = 1112;
    public const int TwoStepDisableWrongPassword = 1113;
    public const int AuthenticatorResetWrongPassword = 1114;
    public const int PausedAtRecoveryCode = 1115;

    // 2000–2999: Incidents, feelings, needs, journal and the person's settings
    public const int IncidentLogged = 2000;
    public const int IncidentRepeatedPost = 2001;
    public const int FeelingsRated = 2010;
    public const int NeedAdded = 2020;
    public const int NeedMarked = 2021;
    public const int NeedReworded = 2022;
    public const int NeedRemoved = 2023;
    public const int IncidentEdited = 2030;
    public const int IncidentDeleted = 2040;
    public const int TimeZoneChanged = 2050;
    public const int DiscreetModeChanged = 2051;
    public const int JournalEntryWritten = 2100;
    public const int JournalEntryEdited = 2101;
    public const int JournalEntryDeleted = 2102;

    // 3000–3999: Email
    public const int EmailWrittenToPickup = 3001;
    public const int EmailSent = 3002;
    public const int EmailQueued = 3010;
    public const int EmailHeldBack = 3011;
    public const int QueuedEmailDelivered = 3020;
    public const int QueuedEmailRetrying = 3021;
    public const int QueuedEmailGivenUp = 3022;
    public const int MailDeliveryPassFailed = 3023;

    // 4000–4999: Talk plans
    public const int PlanStarted = 4000;
    public const int PlanStatusChanged = 4001;
    public const int PlanReadinessAnswered = 4010;
    public const int PlanNeedSaved = 4011;
    public const int PlanOpeningSaved = 4012;
    public const int PlanStatementSaved = 4013;
    public const int PlanStatementRewritten = 4014;
    public const int PlanStatementRemoved = 4015;
    public const int PlanStatementRewriteUndone = 4100;
    public const int PlanListeningSaved = 4016;
    public const int PlanTimeSaved = 4017;
    public const int PlanOutcomeRecorded = 4018;

    // 5000–5999: Faults and limits
    public const int DatabaseUnavailable = 5000;
    public const int AccountFormLimited = 5100;

    // 6000–6099: Bringing an export back in
    public const int DataImported = 6000;
    public const int DataImportRefused = 6001;

    // 7000–8999: Healing over weeks (repair attempts, promises, check-ins, boundaries and patterns)
    public const int RepairAttemptRecorded = 7000;
    public const int RepairAttemptRepeatedPost = 7001;
    public const int RepairAttemptAcknowledged = 7002;
    public const int PromiseFollowThroughRecorded = 7010;
    public const int CheckInRecorded = 7100;
    public const int CheckInRepeatedPost = 7101;
    public const int CheckInInvitationDismissed = 7110;
    // 7200–7299: single healing records put right or deleted
    public const int RepairAttemptEdited = 7200;
    public const int RepairAttemptDeleted = 7201;
    public const int PromiseAddedLater = 7202;
    public const int CheckInEdited = 7210;
    public const int CheckInDeleted = 7211;
    public const int BoundaryReworded = 7220;
    public const int HealingEditConflict = 7230;
    public const int BoundarySet = 8000;
    public const int BoundaryRepeatedPost = 8001;
    public const int BoundaryCrossed = 8010;
    public const int IncidentMarkedPartOfPattern = 8100;
    // 8200–8249: the session cache and its LISTEN connection
    public const int SessionListenerListening = 8200;
    public const int SessionListenerLost = 8201;
    // 8300–8399: passkeys (sign in with the phone's own lock)
    public const int PasskeyAdded = 8300;
    public const int PasskeyAddRefused = 8301;
    public const int PasskeyAddWrongPassword = 8302;
    public const int PasskeyRemoved = 8310;
    public const int PasskeyRemoveWrongPassword = 8311;
    public const int PasskeySignedIn = 8320;
    public const int PasskeySignInFailed = 8321;
    // 8450–8549: the installable app, offline (the queue key handed to a signed-in session)
    public const int OfflineQueueKeyGiven = 8450;
}
