using System.Net;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>
/// The pages read each text's safety signals once and remember the reading under a digest of the text: the
/// remembered reading is the rules' own, and an edited text is read afresh.
/// </summary>
public class SafetyReadingsTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private static readonly string?[] Texts =
    [
        "He grabbed my arm and I'm scared of him when he drinks.",
        "I was afraid I'd be late, and they took the car without asking.",
        "I'm walking on eggshells all the time now.",
        "You never let me see my friends.",
        "He has never hit me.",
        "unsafe",
        "Another row about money.",
        "",
        "   ",
        null,
    ];

    [Fact]
    public void A_remembered_reading_is_the_rules_own_reading_text_by_text_and_together()
    {
        using var readings = new SafetyReadings();
        for (var round = 0; round < 2; round++) // the second round is answered from memory
        {
            foreach (var text in Texts)
            {
                Assert.Equal(SafetySignals.KindsIn([text]), readings.KindsIn([text]));
            }
            Assert.Equal(SafetySignals.KindsIn(Texts), readings.KindsIn(Texts));
        }
        Assert.NotEmpty(readings.KindsIn(Texts));
    }

    [Fact]
    public async Task An_edited_incident_is_read_afresh_both_ways()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Another row about money.");
        Assert.Null((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector("aside.safety-note"));

        using (var edited = await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.WhatHappened", "He grabbed my arm and I'm scared of him when he drinks.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }
        Assert.NotNull((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector("aside.safety-note"));

        using (var back = await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.WhatHappened", "Another row about money, again.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }
        Assert.Null((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector("aside.safety-note"));
    }
}
