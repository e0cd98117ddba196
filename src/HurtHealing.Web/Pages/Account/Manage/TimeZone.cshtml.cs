using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>The zone is learned from the browser; this page is for when that guess is wrong (travel, a shared device).</summary>
public partial class TimeZoneModel(AppDbContext db, ILogger<TimeZoneModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync()
    {
        Input.TimeZone = await db.SavedTimeZoneIdAsync(HttpContext);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        var zone = TimeZones.Resolve(Input.TimeZone);
        await db.SaveTimeZoneAsync(HttpContext, zone);
        LogChanged(logger);
        StatusMessage = $"Times are now in {zone.Id}.";
        return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
    }

    public sealed class InputModel
    {
        public string? TimeZone { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.TimeZone).Must(TimeZones.IsKnown).WithMessage("Please choose a time zone from the list.");
        }
    }

    [LoggerMessage(EventId = LogEvents.TimeZoneChanged, Level = LogLevel.Information, Message = "Time zone changed")]
    private static partial void LogChanged(ILogger logger);
}
