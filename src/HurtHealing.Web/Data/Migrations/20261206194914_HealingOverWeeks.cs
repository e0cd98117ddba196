using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HealingOverWeeks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "boundaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatIWillNotAccept = table.Column<string>(type: "text", nullable: false),
                    WhatIWillDo = table.Column<string>(type: "text", nullable: true),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_boundaries_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_boundaries_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_in_invitation_dismissals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DismissedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_in_invitation_dismissals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_in_invitation_dismissals_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_in_invitation_dismissals_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_ins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Intensity = table.Column<int>(type: "integer", nullable: false),
                    ResentmentGrip = table.Column<int>(type: "integer", nullable: false),
                    Retriggered = table.Column<bool>(type: "boolean", nullable: false),
                    WhatRetriggered = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_ins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_ins_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_ins_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "repair_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "uuid", nullable: false),
                    By = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WhatWasSaidOrDone = table.Column<string>(type: "text", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HowAcknowledged = table.Column<string>(type: "text", nullable: true),
                    Landed = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_repair_attempts_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_repair_attempts_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "boundary_crossings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    BoundaryId = table.Column<Guid>(type: "uuid", nullable: false),
                    CrossedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_crossings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_boundary_crossings_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_boundary_crossings_boundaries_BoundaryId",
                        column: x => x.BoundaryId,
                        principalTable: "boundaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RepairAttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatWasPromised = table.Column<string>(type: "text", nullable: false),
                    ByDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promises_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_promises_repair_attempts_RepairAttemptId",
                        column: x => x.RepairAttemptId,
                        principalTable: "repair_attempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "promise_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PromiseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promise_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promise_changes_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_promise_changes_promises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "promises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_boundaries_IncidentId",
                table: "boundaries",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_boundaries_OwnerId_IdempotencyKey",
                table: "boundaries",
                columns: new[] { "OwnerId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_boundaries_OwnerId_IncidentId_SetAt",
                table: "boundaries",
                columns: new[] { "OwnerId", "IncidentId", "SetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_boundary_crossings_BoundaryId_CrossedAt",
                table: "boundary_crossings",
                columns: new[] { "BoundaryId", "CrossedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_boundary_crossings_OwnerId_CrossedAt",
                table: "boundary_crossings",
                columns: new[] { "OwnerId", "CrossedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_check_in_invitation_dismissals_IncidentId",
                table: "check_in_invitation_dismissals",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_check_in_invitation_dismissals_OwnerId_IncidentId",
                table: "check_in_invitation_dismissals",
                columns: new[] { "OwnerId", "IncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_IncidentId",
                table: "check_ins",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_OwnerId_CheckedInAt",
                table: "check_ins",
                columns: new[] { "OwnerId", "CheckedInAt" });

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_OwnerId_IdempotencyKey",
                table: "check_ins",
                columns: new[] { "OwnerId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_OwnerId_IncidentId_CheckedInAt",
                table: "check_ins",
                columns: new[] { "OwnerId", "IncidentId", "CheckedInAt" });

            migrationBuilder.CreateIndex(
                name: "IX_promise_changes_OwnerId_ChangedAt",
                table: "promise_changes",
                columns: new[] { "OwnerId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_promise_changes_PromiseId_ChangedAt",
                table: "promise_changes",
                columns: new[] { "PromiseId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_OwnerId_IncidentId",
                table: "promises",
                columns: new[] { "OwnerId", "IncidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_OwnerId_Status_ByDate",
                table: "promises",
                columns: new[] { "OwnerId", "Status", "ByDate" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_OwnerId_StatusChangedAt",
                table: "promises",
                columns: new[] { "OwnerId", "StatusChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_RepairAttemptId",
                table: "promises",
                column: "RepairAttemptId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_repair_attempts_IncidentId",
                table: "repair_attempts",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_repair_attempts_OwnerId_By_MadeAt",
                table: "repair_attempts",
                columns: new[] { "OwnerId", "By", "MadeAt" });

            migrationBuilder.CreateIndex(
                name: "IX_repair_attempts_OwnerId_IdempotencyKey",
                table: "repair_attempts",
                columns: new[] { "OwnerId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_repair_attempts_OwnerId_IncidentId_MadeAt",
                table: "repair_attempts",
                columns: new[] { "OwnerId", "IncidentId", "MadeAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "boundary_crossings");

            migrationBuilder.DropTable(
                name: "check_in_invitation_dismissals");

            migrationBuilder.DropTable(
                name: "check_ins");

            migrationBuilder.DropTable(
                name: "promise_changes");

            migrationBuilder.DropTable(
                name: "boundaries");

            migrationBuilder.DropTable(
                name: "promises");

            migrationBuilder.DropTable(
                name: "repair_attempts");
        }
    }
}
