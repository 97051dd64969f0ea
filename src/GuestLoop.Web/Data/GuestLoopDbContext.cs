using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Accountability;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Compensation;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Library;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Features.Search;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Features.Supervision;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using GuestLoop.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GuestLoop.Web.Data;

/// <summary>The one database of GuestLoop. Each provider has a subclass whose migrations live in GuestLoop.Migrations.&lt;Provider&gt;.</summary>
public abstract class GuestLoopDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Property> Properties => Set<Property>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseDeadlineRow> CaseDeadlines => Set<CaseDeadlineRow>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();
    public DbSet<CannedReply> CannedReplies => Set<CannedReply>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<GuestLoop.Web.Features.Surveys.SurveyTemplateRecord> SurveyTemplates => Set<GuestLoop.Web.Features.Surveys.SurveyTemplateRecord>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<Remedy> Remedies => Set<Remedy>();
    public DbSet<GuestCompensation> Compensations => Set<GuestCompensation>();
    public DbSet<CompensationLimitsRecord> CompensationLimits => Set<CompensationLimitsRecord>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();
    public DbSet<CalendarRecord> Calendars => Set<CalendarRecord>();
    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();
    public DbSet<PolicyRecord> Policies => Set<PolicyRecord>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<AuditSampleEntry> AuditSamples => Set<AuditSampleEntry>();
    public DbSet<SupervisionReport> SupervisionReports => Set<SupervisionReport>();
    public DbSet<CaseAccountability> CaseAccountability => Set<CaseAccountability>();
    public DbSet<TeachingCase> TeachingCases => Set<TeachingCase>();
    public DbSet<Integration> Integrations => Set<Integration>();
    public DbSet<WebhookReceipt> WebhookReceipts => Set<WebhookReceipt>();
    public DbSet<IntakeKey> IntakeKeys => Set<IntakeKey>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<Mailbox> Mailboxes => Set<Mailbox>();
    public DbSet<MailReceipt> MailReceipts => Set<MailReceipt>();
    public DbSet<CaseMessageId> CaseMessageIds => Set<CaseMessageId>();
    public DbSet<SmsMessage> SmsMessages => Set<SmsMessage>();
    public DbSet<DuplicateCandidate> DuplicateCandidates => Set<DuplicateCandidate>();
    public DbSet<ChannelOwner> ChannelOwners => Set<ChannelOwner>();
    public DbSet<CaseSearchDocument> CaseSearchDocuments => Set<CaseSearchDocument>();

    /// <summary>Data-protection keys, shared by every instance on PostgreSQL.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<GuestLoop.Web.Features.Analytics.Alert> Alerts => Set<GuestLoop.Web.Features.Analytics.Alert>();
    public DbSet<GuestLoop.Web.Features.Analytics.RiskWordList> RiskWordLists => Set<GuestLoop.Web.Features.Analytics.RiskWordList>();
    public DbSet<GuestLoop.Web.Features.Analytics.Reports.QuarterlyReport> QuarterlyReports => Set<GuestLoop.Web.Features.Analytics.Reports.QuarterlyReport>();

    public DbSet<Guest> Guests => Set<Guest>();
    public DbSet<GuestLoop.Domain.WorkOrders.WorkOrder> WorkOrders => Set<GuestLoop.Domain.WorkOrders.WorkOrder>();
    public DbSet<GuestLoop.Web.Features.WorkOrders.RequestTypeRecord> RequestTypes => Set<GuestLoop.Web.Features.WorkOrders.RequestTypeRecord>();
    public DbSet<GuestLoop.Domain.WorkOrders.LostItem> LostItems => Set<GuestLoop.Domain.WorkOrders.LostItem>();
    public DbSet<GuestLoop.Web.Features.WorkOrders.StaffShift> StaffShifts => Set<GuestLoop.Web.Features.WorkOrders.StaffShift>();
    public DbSet<GuestLoop.Web.Features.WorkOrders.StaffWorkStatus> StaffWorkStatus => Set<GuestLoop.Web.Features.WorkOrders.StaffWorkStatus>();
    public DbSet<GuestLoop.Domain.Maintenance.Asset> Assets => Set<GuestLoop.Domain.Maintenance.Asset>();
    public DbSet<GuestLoop.Domain.Maintenance.InspectionChecklist> InspectionChecklists => Set<GuestLoop.Domain.Maintenance.InspectionChecklist>();
    public DbSet<GuestLoop.Domain.Maintenance.InspectionSchedule> InspectionSchedules => Set<GuestLoop.Domain.Maintenance.InspectionSchedule>();
    public DbSet<GuestLoop.Domain.Maintenance.InspectionRound> InspectionRounds => Set<GuestLoop.Domain.Maintenance.InspectionRound>();
    public DbSet<GuestLoop.Domain.Rooms.RoomType> RoomTypes => Set<GuestLoop.Domain.Rooms.RoomType>();
    public DbSet<GuestLoop.Domain.Rooms.Room> Rooms => Set<GuestLoop.Domain.Rooms.Room>();
    public DbSet<GuestLoop.Domain.Rooms.RoomInspection> RoomInspections => Set<GuestLoop.Domain.Rooms.RoomInspection>();
    public DbSet<GuestLoop.Domain.Rooms.RoomConsumption> RoomConsumption => Set<GuestLoop.Domain.Rooms.RoomConsumption>();
    public DbSet<GuestLoop.Web.Features.Rooms.RoomCleaningTask> RoomCleaningTasks => Set<GuestLoop.Web.Features.Rooms.RoomCleaningTask>();
    public DbSet<GuestLoop.Web.Features.Rooms.SheetAssignment> SheetAssignments => Set<GuestLoop.Web.Features.Rooms.SheetAssignment>();
    public DbSet<GuestLoop.Domain.Reservations.Reservation> Reservations => Set<GuestLoop.Domain.Reservations.Reservation>();
    public DbSet<GuestLoop.Domain.Reservations.RatePlan> RatePlans => Set<GuestLoop.Domain.Reservations.RatePlan>();
    public DbSet<GuestLoop.Web.Features.Reservations.RoomTypeNight> RoomTypeNights => Set<GuestLoop.Web.Features.Reservations.RoomTypeNight>();
    public DbSet<GuestLoop.Web.Features.Reservations.PropertyNight> PropertyNights => Set<GuestLoop.Web.Features.Reservations.PropertyNight>();
    public DbSet<GuestLoop.Web.Features.Reservations.FrontOfficeSettings> FrontOfficeSettings => Set<GuestLoop.Web.Features.Reservations.FrontOfficeSettings>();
    public DbSet<GuestLoop.Web.Features.Reservations.OverbookingNight> OverbookingNights => Set<GuestLoop.Web.Features.Reservations.OverbookingNight>();
    public DbSet<GuestLoop.Domain.Facilities.Facility> Facilities => Set<GuestLoop.Domain.Facilities.Facility>();
    public DbSet<GuestLoop.Domain.Facilities.FacilityBooking> FacilityBookings => Set<GuestLoop.Domain.Facilities.FacilityBooking>();
    public DbSet<GuestLoop.Web.Features.Facilities.FacilitySlot> FacilitySlots => Set<GuestLoop.Web.Features.Facilities.FacilitySlot>();
    public DbSet<GuestMerge> GuestMerges => Set<GuestMerge>();
    public DbSet<CustomerSettingsRecord> CustomerSettings => Set<CustomerSettingsRecord>();
    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();
    public DbSet<GuestLoop.Web.Features.Triage.TriageModelRecord> TriageModels => Set<GuestLoop.Web.Features.Triage.TriageModelRecord>();
    public DbSet<GuestLoop.Web.Features.Triage.TriageKeywordList> TriageKeywordLists => Set<GuestLoop.Web.Features.Triage.TriageKeywordList>();

    private SensitiveData? _sensitive;

    /// <summary>The host's encryption of personal data; without a host (migrations tooling) a throw-away one.</summary>
    internal SensitiveData Sensitive => _sensitive ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<SensitiveData>()
        ?? SensitiveData.Ephemeral();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GuestLoopDbContext).Assembly);
        SensitiveColumns.Apply(modelBuilder, Sensitive);
    }
}
