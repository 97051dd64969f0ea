using GuestLoop.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>
/// A panel of the case page that reads rows of its own: once for each case the page hands it (a new one after every
/// step and every change the page hears of), not on every render of the page, such as the one that shows a save running.
/// </summary>
public abstract class CasePanel : ComponentBase
{
    private Case? _loadedFor;

    [Parameter, EditorRequired] public Case Case { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(_loadedFor, Case))
        {
            return;
        }

        _loadedFor = Case;
        // The page's render goes to the browser first: SQLite answers without yielding, so reading here at once would
        // hold a step's new status back until every panel had read its rows.
        await Task.Yield();
        await LoadAsync();
    }

    protected abstract Task LoadAsync();
}
