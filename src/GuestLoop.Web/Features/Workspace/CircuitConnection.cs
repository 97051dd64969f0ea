using Microsoft.AspNetCore.Components.Server.Circuits;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>
/// Whether this workspace circuit's browser is connected. A closed tab leaves its circuit on the server for minutes in
/// case the browser comes back; what the page tells others (that someone has the case open) must stop at once.
/// </summary>
public sealed class CircuitConnection : CircuitHandler
{
    public bool Connected { get; private set; } = true;

    public event Func<bool, Task>? Changed;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => SetAsync(false);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) => SetAsync(true);

    private async Task SetAsync(bool connected)
    {
        if (Connected == connected)
        {
            return;
        }

        Connected = connected;
        if (Changed is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<bool, Task>>())
            {
                await handler(connected);
            }
        }
    }
}
