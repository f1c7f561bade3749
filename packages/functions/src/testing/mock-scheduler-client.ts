import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";

/**
 * A mock EventBridge Scheduler client (Scheduler has no local server): it keeps schedules by group and
 * name as the service does (a name taken: ConflictException; a name absent: ResourceNotFoundException)
 * and records every request.
 */
export function mockSchedulerClient() {
  const schedules = new Map<string, CreateScheduleCommandInput>();
  const requests: { command: string; name: string }[] = [];
  const metadata = { $metadata: {} };
  const keyOf = (input: { GroupName?: string; Name?: string }) => `${input.GroupName}/${input.Name}`;
  return {
    schedules,
    requests,
    async send(command: unknown) {
      if (command instanceof CreateScheduleCommand) {
        requests.push({ command: "create", name: command.input.Name ?? "" });
        if (schedules.has(keyOf(command.input)))
          throw new ConflictException({ message: "exists", Message: "exists", ...metadata });
        schedules.set(keyOf(command.input), command.input);
      } else if (command instanceof UpdateScheduleCommand) {
        requests.push({ command: "update", name: command.input.Name ?? "" });
        if (!schedules.has(keyOf(command.input)))
          throw new ResourceNotFoundException({ message: "absent", Message: "absent", ...metadata });
        schedules.set(keyOf(command.input), command.input);
      } else if (command instanceof DeleteScheduleCommand) {
        requests.push({ command: "delete", name: command.input.Name ?? "" });
        if (!schedules.delete(keyOf(command.input)))
          throw new ResourceNotFoundException({ message: "absent", Message: "absent", ...metadata });
      } else throw new Error("only CreateSchedule, UpdateSchedule and DeleteSchedule are expected");
      return {};
    },
    /** The schedule of this name in any group, as Scheduler keeps it. */
    named: (name: string) => [...schedules.values()].find((schedule) => schedule.Name === name),
  };
}
