using System.Globalization;
using HurtHealing.Domain.Safety;

// Usage: dotnet run -c Release --project bench/SafetyScore -- FILE.tsv   (or: -- explain "sentence" ... to see what each finds)
// FILE: UTF-8 lines `LABEL<TAB>sentence`, LABEL a SafetySignalKind name or Ordinary; blank and # lines skipped.
// Prints per-kind recall, found with any kind, and ordinary sentences flagged: counts only, never a sentence,
// unless SAFETY_SHOW_SENTENCES=1 (which unseals the set).
if (args is ["explain", .. var sentences])
{
    foreach (var sentence in sentences)
    {
        Console.WriteLine($"{sentence} -> {string.Join("; ", SafetySignals.Find(sentence).Select(s => $"{s.Kind} '{s.Matched}'"))}");
    }
    return 0;
}

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/SafetyScore -- FILE.tsv");
    return 2;
}

var show = Environment.GetEnvironmentVariable("SAFETY_SHOW_SENTENCES") == "1";
var safety = new List<(SafetySignalKind Kind, string Text)>();
var ordinary = new List<string>();
foreach (var line in File.ReadLines(args[0]))
{
    if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
    {
        continue;
    }
    var tab = line.IndexOf('\t', StringComparison.Ordinal);
    var (label, text) = tab < 0 ? throw new FormatException("A line without a tab.") : (line[..tab].Trim(), line[(tab + 1)..].Trim());
    if (label == "Ordinary")
    {
        ordinary.Add(text);
    }
    else
    {
        safety.Add((Enum.Parse<SafetySignalKind>(label), text));
    }
}

var inv = CultureInfo.InvariantCulture;
string Ratio(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", inv);
Console.WriteLine($"{Path.GetFileName(args[0])}: {safety.Count} safety, {ordinary.Count} ordinary sentences");
Console.WriteLine($"{"kind",-22}{"samples",8}{"right kind",12}{"any kind",10}{"recall",9}{"raised on ordinary",20}");
var ordinaryKinds = ordinary.Select(o => SafetySignals.KindsIn(o)).ToList();
foreach (var kind in Enum.GetValues<SafetySignalKind>())
{
    var samples = safety.Where(s => s.Kind == kind).ToList();
    var right = samples.Count(s => SafetySignals.KindsIn(s.Text).Contains(kind));
    var any = samples.Count(s => SafetySignals.AnyIn(s.Text));
    Console.WriteLine($"{kind,-22}{samples.Count,8}{right,12}{any,10}{Ratio(right, samples.Count),9}{ordinaryKinds.Count(k => k.Contains(kind)),20}");
}

var rightKind = safety.Count(s => SafetySignals.KindsIn(s.Text).Contains(s.Kind));
var anyKind = safety.Count(s => SafetySignals.AnyIn(s.Text));
var flagged = ordinary.Where(o => SafetySignals.AnyIn(o)).ToList();
Console.WriteLine($"Safety found with any kind: {anyKind}/{safety.Count} = {Ratio(anyKind, safety.Count)}; with the right kind: {rightKind}/{safety.Count} = {Ratio(rightKind, safety.Count)}");
Console.WriteLine($"Ordinary flagged: {flagged.Count}/{ordinary.Count} = {Ratio(flagged.Count, ordinary.Count)}");
if (show)
{
    foreach (var (kind, text) in safety.Where(s => !SafetySignals.KindsIn(s.Text).Contains(s.Kind)))
    {
        Console.WriteLine($"  missed ({kind}): {text}");
    }
    foreach (var text in flagged)
    {
        Console.WriteLine($"  raised: {text}");
    }
}
return 0;
