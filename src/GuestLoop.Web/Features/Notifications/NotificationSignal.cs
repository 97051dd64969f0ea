namespace GuestLoop.Web.Features.Notifications;

/// <summary>Tells the bell of this circuit that notifications were marked read, so its count follows at once.</summary>
public sealed class NotificationSignal
{
    public event Func<Task>? Changed;

    public Task RaiseAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
