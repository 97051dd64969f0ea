using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RoomsMaintenanceAndPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestTypeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_checklists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_checklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Every = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    At = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    GraceMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OverdueAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_schedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lost_item_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LostItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lost_item_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lost_item_photos_lost_items_LostItemId",
                        column: x => x.LostItemId,
                        principalTable: "lost_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "room_cleaning_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_cleaning_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "room_consumption",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_consumption", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "room_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "room_sheet_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttendantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_sheet_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "room_types",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    BedType = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MaxGuests = table.Column<int>(type: "INTEGER", nullable: false),
                    Accessible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Smoking = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checklist = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "work_order_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_order_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_order_photos_work_orders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "work_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_checklist_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AssetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChecklistId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_checklist_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_checklist_items_inspection_checklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "inspection_checklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_round_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AssetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhotoKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_round_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_round_items_inspection_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "inspection_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Floor = table.Column<int>(type: "INTEGER", nullable: false),
                    Building = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    View = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConnectingNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AccessibilityFeatures = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OutReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExpectedReturnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rooms_room_types_TypeId",
                        column: x => x.TypeId,
                        principalTable: "room_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "room_status_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_room_status_changes_rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assets_PropertyId_Code",
                table: "assets",
                columns: new[] { "PropertyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_checklist_items_ChecklistId",
                table: "inspection_checklist_items",
                column: "ChecklistId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_checklists_PropertyId",
                table: "inspection_checklists",
                column: "PropertyId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_round_items_RoundId",
                table: "inspection_round_items",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_rounds_PropertyId_StartedAt",
                table: "inspection_rounds",
                columns: new[] { "PropertyId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_rounds_ScheduleId_CompletedAt",
                table: "inspection_rounds",
                columns: new[] { "ScheduleId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_schedules_Active_OverdueAt",
                table: "inspection_schedules",
                columns: new[] { "Active", "OverdueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_schedules_PropertyId_NextDueAt",
                table: "inspection_schedules",
                columns: new[] { "PropertyId", "NextDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lost_item_photos_LostItemId",
                table: "lost_item_photos",
                column: "LostItemId");

            migrationBuilder.CreateIndex(
                name: "IX_room_cleaning_tasks_RoomId_OpenedAt",
                table: "room_cleaning_tasks",
                columns: new[] { "RoomId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_room_cleaning_tasks_WorkOrderId",
                table: "room_cleaning_tasks",
                column: "WorkOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_room_consumption_PropertyId_Date",
                table: "room_consumption",
                columns: new[] { "PropertyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_room_consumption_RoomId",
                table: "room_consumption",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_room_inspections_RoomId_At",
                table: "room_inspections",
                columns: new[] { "RoomId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_room_sheet_assignments_Date_RoomId",
                table: "room_sheet_assignments",
                columns: new[] { "Date", "RoomId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_room_sheet_assignments_PropertyId_Date_AttendantId",
                table: "room_sheet_assignments",
                columns: new[] { "PropertyId", "Date", "AttendantId" });

            migrationBuilder.CreateIndex(
                name: "IX_room_status_changes_At",
                table: "room_status_changes",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_room_status_changes_RoomId",
                table: "room_status_changes",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_room_types_PropertyId_Code",
                table: "room_types",
                columns: new[] { "PropertyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rooms_PropertyId_Floor",
                table: "rooms",
                columns: new[] { "PropertyId", "Floor" });

            migrationBuilder.CreateIndex(
                name: "IX_rooms_PropertyId_Number",
                table: "rooms",
                columns: new[] { "PropertyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rooms_TypeId",
                table: "rooms",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_work_order_photos_WorkOrderId",
                table: "work_order_photos",
                column: "WorkOrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assets");

            migrationBuilder.DropTable(
                name: "inspection_checklist_items");

            migrationBuilder.DropTable(
                name: "inspection_round_items");

            migrationBuilder.DropTable(
                name: "inspection_schedules");

            migrationBuilder.DropTable(
                name: "lost_item_photos");

            migrationBuilder.DropTable(
                name: "room_cleaning_tasks");

            migrationBuilder.DropTable(
                name: "room_consumption");

            migrationBuilder.DropTable(
                name: "room_inspections");

            migrationBuilder.DropTable(
                name: "room_sheet_assignments");

            migrationBuilder.DropTable(
                name: "room_status_changes");

            migrationBuilder.DropTable(
                name: "work_order_photos");

            migrationBuilder.DropTable(
                name: "inspection_checklists");

            migrationBuilder.DropTable(
                name: "inspection_rounds");

            migrationBuilder.DropTable(
                name: "rooms");

            migrationBuilder.DropTable(
                name: "room_types");
        }
    }
}
