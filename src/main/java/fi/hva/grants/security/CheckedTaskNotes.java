package fi.hva.grants.security;

import java.io.InputStream;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;

/**
 * The task service with the notes of a task or process instance (comments and Camunda's own attachments) checked
 * as writes. Camunda 7.24 checks a comment only when it is changed or deleted (TASK_WORK on the task, UPDATE on the
 * process instance), not when it is added, and attachments not at all: anyone logged in, the read-only manager
 * included, could add comments (Tasklist's "Lisää kommentti", {@code POST /task/{id}/comment/create}) and add,
 * change or delete attachments of any task. Here adding follows the rule Camunda uses for changing: a task's note
 * needs TASK_WORK (or UPDATE) on the task or its process definition, a process instance's note UPDATE on the
 * instance or UPDATE_INSTANCE on its definition, and a user cannot write to a task or instance that no longer runs.
 * The application itself (no authenticated user) is not checked, as everywhere in the engine. Its task queries
 * refuse or-query expressions as its parent's do.
 */
class CheckedTaskNotes extends AdhocQueryExpressionsTaskService {

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
        return checked(taskId, processInstanceId, new AddCommentCmd(taskId, processInstanceId, message));
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
                                       String attachmentDescription, InputStream content) {
        return checked(taskId, processInstanceId, new CreateAttachmentCmd(attachmentType, taskId, processInstanceId,
                attachmentName, attachmentDescription, content, null));
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
                                       String attachmentDescription, String url) {
        return checked(taskId, processInstanceId, new CreateAttachmentCmd(attachmentType, taskId, processInstanceId,
                attachmentName, attachmentDescription, null, url));
    }

    @Override
    public void saveAttachment(Attachment attachment) {
        checkedOnStored(attachment.getId(), new SaveAttachmentCmd(attachment));
    }

    @Override
    public void deleteAttachment(String attachmentId) {
        checkedOnStored(attachmentId, new DeleteAttachmentCmd(attachmentId));
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
        checked(taskId, null, new DeleteAttachmentCmd(taskId, attachmentId));
    }

    private <T> T checked(String taskId, String processInstanceId, Command<T> write) {
        return commandExecutor.execute(context -> {
            checkWrite(context, taskId, processInstanceId);
            return write.execute(context);
        });
    }

    /** A change to an attachment that exists is a write to where it is attached. */
    private void checkedOnStored(String attachmentId, Command<?> write) {
        commandExecutor.execute(context -> {
            AttachmentEntity stored = attachmentId == null ? null : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            if (stored != null) {
                checkWrite(context, stored.getTaskId(), stored.getProcessInstanceId());
            }
            return write.execute(context);
        });
    }

    private static void checkWrite(CommandContext context, String taskId, String processInstanceId) {
        if (!userChecked(context)) {
            return;
        }
        if (taskId != null) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                throw new NullValueException("No task exists with taskId: " + taskId);
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            if (processInstanceId == null || processInstanceId.equals(task.getProcessInstanceId())) {
                return;
            }
        }
        if (processInstanceId != null) {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            if (instance == null) {
                throw new NullValueException("No process instance exists with processInstanceId: " + processInstanceId);
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateProcessInstance(instance);
            }
        }
    }

    /** Whether the engine checks this command's authorizations: a user is authenticated and checks are on. */
    private static boolean userChecked(CommandContext context) {
        return context.getProcessEngineConfiguration().isAuthorizationEnabled() && context.isAuthorizationCheckEnabled()
                && context.getAuthenticatedUserId() != null;
    }
}
