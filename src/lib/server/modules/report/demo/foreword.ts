/** « Mot de la présidence et directrice générale », Rapport d’activités 2024-2025. */
export const DEMO_FOREWORD = `L’année 2024-2025 a été riche en réalisations, en apprentissages et en collaborations. Ce rapport témoigne du dynamisme d’un réseau municipal engagé, d’une équipe passionnée et de partenaires qui partagent une même vision : celle de collectivités inclusives, durables et solidaires, où la santé globale et la qualité de vie sont au cœur des décisions.

À travers les projets, les événements, les outils et les accompagnements, un même fil conducteur : favoriser le pouvoir d’agir local. La Banque des 1001 mesures, le Balado MUNIcipal, Ma Plateforme électorale – Municipalités 2025 et le nouvel Espace PFM ont permis de mieux outiller, d’inspirer et de soutenir les municipalités, en réponse directe à leurs besoins.

Les webinaires, les communautés de pratique et les comités ont nourri une intelligence collective précieuse. Les municipalités participantes ont montré que l’innovation sociale se vit et se partage à toutes les échelles du territoire. La campagne Fièrement membre a quant à elle mis en lumière cette appartenance forte au mouvement Espace MUNI.

Les réussites de l’année sont le fruit d’un travail collectif. Merci aux membres, aux partenaires, aux accompagnatrices et accompagnateurs, aux alliées et alliés de terrain, ainsi qu’à toutes les personnes qui soutiennent Espace MUNI. Merci également aux membres du conseil d’administration pour leur confiance et leur précieuse contribution stratégique. Un merci tout spécial à l’équipe qui, semaine après semaine, concrétise la mission avec ambition. La force d’Espace MUNI réside dans son ancrage humain et collectif.

À l’aube d’une nouvelle année, une certitude demeure : ensemble, les municipalités ont le pouvoir de transformer durablement les milieux de vie. Espace MUNI est fier d’en être le complice et le soutien fidèle.

Doreen Assaad, présidente et mairesse de Brossard
Isabelle Lizée, directrice générale`;
