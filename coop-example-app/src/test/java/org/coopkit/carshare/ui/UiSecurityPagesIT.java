package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.core.actors.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The sessions page and the board's roles page in a real browser: they work with the keyboard's buttons and pass axe-core. */
class UiSecurityPagesIT extends UiBrowserTest {
    @Test
    void a_member_sees_where_they_are_logged_in() {
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/me/sessions");
        assertThat(browser.heading()).isEqualTo("Where you are logged in");
        assertThat(browser.text()).contains("Web session").contains("(this one)");
        browser.assertAccessible("sessions");
    }

    @Test
    void the_board_grants_a_role_to_another_member_in_the_browser() {
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/roles");
        assertThat(browser.heading()).isEqualTo("Roles");
        browser.assertAccessible("roles");
        browser.set("role-" + app.treasurer.id(), "BOARD");
        browser.click(By.cssSelector("form[action='/board/roles/" + app.treasurer.id() + "/grant'] button"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("David Nguyen now holds the role board");
        assertThat(app.running.app().core().auth().roles(org.coopkit.core.actors.Actor.system(), app.treasurer.id())).contains(Role.BOARD, Role.TREASURER);
        browser.click(By.cssSelector("form[action='/board/roles/" + app.treasurer.id() + "/revoke'] input[value=BOARD] ~ button"));
        assertThat(app.running.app().core().auth().roles(org.coopkit.core.actors.Actor.system(), app.treasurer.id())).containsExactly(Role.TREASURER);
    }
}
