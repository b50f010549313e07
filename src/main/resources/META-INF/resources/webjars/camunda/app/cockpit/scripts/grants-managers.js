// With single sign-on the logout button continues to the county provider's logout.
import './grants-sso-logout.js';

// Cockpit plugins (7.14+ plugin API) that link managers to the application's own pages,
// which live outside the Camunda webapps and use the same login session.
const links = [
  { href: '/managers/stuck-cases', label: 'Jumittuneet asiat' },
  { href: '/managers/reports', label: 'Seurantaraportit' }
];

function anchor(link) {
  const a = document.createElement('a');
  a.href = link.href;
  a.textContent = link.label;
  return a;
}

export default [
  {
    id: 'grantsManagersNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 1,
    render: (node) => {
      node.appendChild(anchor(links[0]));
    },
    properties: {
      checkActive: () => false
    }
  },
  {
    id: 'grantsManagersDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => {
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = 'Johdon näkymät';
      section.appendChild(heading);
      const list = document.createElement('ul');
      links.forEach((link) => {
        const item = document.createElement('li');
        item.appendChild(anchor(link));
        list.appendChild(item);
      });
      section.appendChild(list);
      node.appendChild(section);
    }
  }
];
