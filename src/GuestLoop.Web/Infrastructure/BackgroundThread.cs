using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// A thread of its own for one background job, which the operating system serves after the request threads: on Linux it
/// runs at nice 10 (.NET does not apply <see cref="Thread.Priority"/> there), elsewhere below normal priority. Every
/// continuation of a round started here comes back to this thread, so the round's reading, arithmetic and writing take
/// the cores only when requests leave them idle — on two cores, a round of a few CPU-seconds no longer shows in intake's
/// latency.
/// </summary>
public sealed class BackgroundThread : TaskScheduler, IDisposable
{
    private const int Nice = 10;
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread _thread;

    public BackgroundThread(string name)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs the work here; its awaits resume here too.</summary>
    public Task RunAsync(Func<Task> work, CancellationToken ct) =>
        Task.Factory.StartNew(work, ct, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>CPU work that is no round's (a model trained on an administrator's request), on a low-priority thread of its own.</summary>
    public static Task<T> RunOnceAsync<T>(string name, Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            Lower();
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }) { IsBackground = true, Name = name }.Start();
        return done.Task;
    }

    public void Dispose() => _queue.CompleteAdding();

    protected override void QueueTask(Task task)
    {
        try
        {
            _queue.Add(task);
        }
        catch (InvalidOperationException)
        {
            // The job has stopped: a late continuation still runs, on the pool.
            ThreadPool.QueueUserWorkItem(_ => TryExecuteTask(task));
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == _thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Run()
    {
        Lower();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    private static void Lower()
    {
        if (OperatingSystem.IsLinux())
        {
            // PRIO_PROCESS with a thread id sets that thread's nice value; a failure only leaves it at normal priority.
            _ = SetPriority(0, GetThreadId(), Nice);
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
