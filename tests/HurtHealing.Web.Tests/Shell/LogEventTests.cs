using System.Reflection;
using HurtHealing.Web.Infrastructure;
using Microsoft.Extensions.Logging;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>Log event ids come from the one registry, each used once, each inside its area's range.</summary>
public class LogEventTests
{
    [Fact]
    public void Every_log_event_id_is_registered_used_once_and_in_its_range()
    {
        var registry = typeof(LogEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (int)f.GetRawConstantValue()!, f => f.Name);
        var messages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        Assert.True(messages.Count > 40, $"Only {messages.Count} log messages found; the reading is broken.");
        foreach (var (name, attribute) in messages)
        {
            Assert.True(registry.ContainsKey(attribute!.EventId), $"{name} uses event id {attribute.EventId}, which is not in LogEvents.");
            Assert.True(LogEvents.Ranges.Any(r => attribute.EventId >= r.First && attribute.EventId <= r.Last), $"{name}: {attribute.EventId} is outside every range.");
        }
        var repeated = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Name))}");
        Assert.Empty(repeated);
    }
}
