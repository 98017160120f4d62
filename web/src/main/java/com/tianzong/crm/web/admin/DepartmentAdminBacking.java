package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.DepartmentAdministration;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The department tree (TEN-02): add, rename, move, close and reopen departments. */
@Named("departmentAdmin")
@ViewScoped
public class DepartmentAdminBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "departmentForm";

    public enum Mode { CREATE, RENAME, MOVE }

    @EJB
    transient DepartmentAdministration administration;

    @EJB
    transient Permissions permissions;

    @Inject
    transient Texts texts;

    private boolean editable;
    private transient TreeNode<Department> tree;
    private transient Map<Long, Long> users;
    private transient List<Department> departments;
    private Mode mode = Mode.CREATE;
    private Long selectedId;
    private String code;
    private String name;
    private Long parentId;

    public void load() {
        if (!permissions.allowed(DepartmentAdministration.MODULE, PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = permissions.allowed(DepartmentAdministration.MODULE, PermissionAction.EDIT);
    }

    public TreeNode<Department> getTree() {
        if (tree == null) {
            tree = new DefaultTreeNode<>(null, null);
            Map<Long, TreeNode<Department>> nodes = new HashMap<>();
            List<Department> all = getDepartments();
            // parents first: a department is attached once its parent's node exists
            List<Department> pending = new java.util.ArrayList<>(all);
            while (!pending.isEmpty()) {
                int before = pending.size();
                pending.removeIf(department -> {
                    TreeNode<Department> parent = department.getParent() == null ? tree : nodes.get(department.getParent().getId());
                    if (parent == null) {
                        return false;
                    }
                    TreeNode<Department> node = new DefaultTreeNode<>(department, parent);
                    node.setExpanded(true);
                    nodes.put(department.getId(), node);
                    return true;
                });
                if (pending.size() == before) {
                    break;
                }
            }
        }
        return tree;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = administration.all();
        }
        return departments;
    }

    public long usersOf(Department department) {
        if (users == null) {
            users = administration.activeUsers();
        }
        return users.getOrDefault(department.getId(), 0L);
    }

    public void startCreate(Long parent) {
        mode = Mode.CREATE;
        selectedId = null;
        code = null;
        name = null;
        parentId = parent;
    }

    public void startRename(Department department) {
        mode = Mode.RENAME;
        selectedId = department.getId();
        code = department.getCode();
        name = department.getName();
    }

    public void startMove(Department department) {
        mode = Mode.MOVE;
        selectedId = department.getId();
        code = department.getCode();
        name = department.getName();
        parentId = department.getParent() == null ? null : department.getParent().getId();
    }

    public void save() {
        try {
            switch (mode) {
                case CREATE -> administration.create(code, name, parentId);
                case RENAME -> administration.rename(selectedId, name);
                case MOVE -> administration.move(selectedId, parentId);
            }
            texts.info("department.saved", name);
            refresh();
        } catch (BusinessRuleException rule) {
            refuseInDialog(DIALOG, texts.get(rule.getMessageKey(), rule.getArguments().toArray()));
        } catch (PermissionDeniedException denied) {
            refuseInDialog(DIALOG, texts.get("record.noPermission"));
        }
    }

    public void close(Department department) {
        act(() -> administration.close(department.getId()), "department.closed", department.getName());
    }

    public void reopen(Department department) {
        act(() -> administration.reopen(department.getId()), "department.reopened", department.getName());
    }

    private void act(Runnable action, String key, String departmentName) {
        try {
            action.run();
            texts.info(key, departmentName);
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), rule.getArguments().toArray());
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
        } finally {
            refresh();
        }
    }

    private void refresh() {
        tree = null;
        users = null;
        departments = null;
    }


    public boolean isEditable() {
        return editable;
    }

    public Mode getMode() {
        return mode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
